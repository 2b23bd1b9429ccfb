namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>Where in a step a policy parameter stands in for a number.</summary>
internal enum ParameterSlot
{
    /// <summary>A task's <c>due</c> days.</summary>
    Due,

    /// <summary>A task's <c>remind</c> days.</summary>
    Remind,

    /// <summary>A task's <c>escalate</c> days.</summary>
    Escalate,

    /// <summary>A wait step's days.</summary>
    Wait,

    /// <summary>The value a decision condition compares with (<c>absences &lt;= unexcused_diary_max</c>).</summary>
    Condition,

    /// <summary>The value an outcome's condition compares with (<c>when call_parent &gt;= parent_calls_min</c>; Row is the outcome's index).</summary>
    Outcome,
}
