namespace InternalControl.Workflows.Definitions;

/// <summary>How a decision condition compares a case variable with its values.</summary>
public enum ConditionOperator
{
    /// <summary>The variable equals one of the values.</summary>
    In,

    /// <summary>The variable is set and equals none of the values.</summary>
    NotIn,

    /// <summary>The variable, as a number, is at least the value.</summary>
    AtLeast,

    /// <summary>The variable, as a number, is at most the value.</summary>
    AtMost,

    /// <summary>The variable, as a number, is less than the value.</summary>
    Less,

    /// <summary>The variable, as a number, is greater than the value.</summary>
    Greater,
}
