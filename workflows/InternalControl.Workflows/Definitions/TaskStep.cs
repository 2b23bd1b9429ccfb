namespace InternalControl.Workflows.Definitions;

/// <summary>
/// A human task: assigned to whoever holds <paramref name="Role"/> for the case, with a form of typed
/// fields, named outcomes that choose the next step, and an optional deadline in school days. <c>Register</c> names the regulation's register (6.5) that completions
/// of the task are written to (home_visit, conversation, ...), if any.
/// </summary>
public sealed record TaskStep(
    string Id,
    WorkflowRole Role,
    IReadOnlyList<FieldDefinition> Fields,
    IReadOnlyList<OutcomeDefinition> Outcomes,
    TaskDeadline? Deadline,
    string? Register) : StepDefinition(Id)
{
    public override IEnumerable<string> Targets => Outcomes.Select(o => o.Next);

    /// <summary>
    /// The case variable that holds the member of staff whose task this is (<c>assignee responsible</c>), or null: the
    /// role's holder. The task keeps <see cref="Role"/> for its escalation, reminders and access; when the variable is
    /// missing or names nobody on the school's staff, the task goes to the role's holder and the journal says so.
    /// </summary>
    public string? Assignee { get; init; }

    /// <summary>
    /// The role whose holder this task goes to when the school has one (<c>assignee methodological_council_head</c>), or
    /// null. The task then takes that role, so that it is that person's by role as well; a school with nobody in it
    /// gives the task to <see cref="Role"/>'s holder, and the journal says so.
    /// </summary>
    public WorkflowRole? AssigneeRole { get; init; }

    /// <summary>The outcome with this name, or null.</summary>
    public OutcomeDefinition? Outcome(string name) => Outcomes.FirstOrDefault(o => o.Name == name);

    /// <summary>The field with this name, or null.</summary>
    public FieldDefinition? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>The field tagged <paramref name="tag"/> (<c>report TAG</c> after the field), or null.</summary>
    public FieldDefinition? FieldTagged(string tag) => Fields.FirstOrDefault(f => f.Report == tag);
}
