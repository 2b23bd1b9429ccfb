namespace InternalControl.Workflows.Definitions;

/// <summary>A named outcome of a task and the step it leads to.</summary>
public sealed record OutcomeDefinition(string Name, string Next)
{
    /// <summary>
    /// What must hold for the outcome to be chosen (<c>outcome parent_refuses -> administration when call_parent &gt;=
    /// parent_calls_min</c>): every condition, over the case's variables with the form being completed (and a task
    /// step's name holding how many times its task has been completed, this one included); none means always.
    /// </summary>
    public IReadOnlyList<Condition> When { get; init; } = [];

    /// <summary>The first condition that does not hold over <paramref name="variables"/>, or null when the outcome may be chosen.</summary>
    public Condition? Unmet(IReadOnlyDictionary<string, string> variables) => When.FirstOrDefault(c => !c.Holds(variables));
}
