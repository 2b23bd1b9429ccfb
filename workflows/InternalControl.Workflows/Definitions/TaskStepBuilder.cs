namespace InternalControl.Workflows.Definitions;

/// <summary>Builds a <see cref="TaskStep"/>: fields, outcomes, deadline, register.</summary>
public sealed class TaskStepBuilder(string id, WorkflowRole role)
{
    private readonly List<FieldDefinition> _fields = [];
    private readonly List<OutcomeDefinition> _outcomes = [];
    private TaskDeadline? _deadline;
    private string? _register;
    private string? _assignee;

    public TaskStepBuilder Field(string name, FieldType type, bool required = false, params string[] options)
    {
        _fields.Add(new FieldDefinition(name, type, required, options));
        return this;
    }

    public TaskStepBuilder Outcome(string name, string next)
    {
        _outcomes.Add(new OutcomeDefinition(name, next));
        return this;
    }

    /// <summary>Due <paramref name="days"/> school days after the task is created; optional reminder before and escalation after.</summary>
    public TaskStepBuilder Due(int days, int? remind = null, int? escalate = null, WorkflowRole? escalateTo = null)
    {
        _deadline = new TaskDeadline(days, remind, escalate, escalateTo);
        return this;
    }

    /// <summary>Writes completions of this task to a register (home_visit, conversation, ...).</summary>
    public TaskStepBuilder Register(string register)
    {
        _register = register;
        return this;
    }

    /// <summary>The task is for the member of staff the case variable <paramref name="variable"/> names (else the role's holder).</summary>
    public TaskStepBuilder Assignee(string variable)
    {
        _assignee = variable;
        return this;
    }

    internal TaskStep Build() => new(id, role, [.. _fields], [.. _outcomes], _deadline, _register) { Assignee = _assignee };
}
