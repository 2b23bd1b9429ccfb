namespace InternalControl.Workflows.Definitions;

/// <summary>The type of a task form field, which decides what values the form accepts.</summary>
public enum FieldType
{
    Text,
    Number,
    Date,
    YesNo,
    Choice,

    /// <summary>One or more of the options, held as a comma-separated list in the options' order.</summary>
    Choices,
}
