namespace InternalControl.Workflows.Definitions;

/// <summary>The type of a task form field, which decides what values the form accepts.</summary>
public enum FieldType
{
    Text,
    Number,
    Date,
    YesNo,
    Choice,
}
