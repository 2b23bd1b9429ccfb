namespace InternalControl.Workflows.Definitions;

/// <summary>A typed field of a task's form; a choice field accepts one of its options.</summary>
public sealed record FieldDefinition(string Name, FieldType Type, bool Required, IReadOnlyList<string> Options)
{
    /// <summary>
    /// The report tag (<see cref="Kernel.Concepts.ReportTag.OfFields"/>) that tells a feature what this field holds, or
    /// null: the field is found by its tag, whatever the policy calls it. Not part of the definition's hash.
    /// </summary>
    public string? Report { get; init; }
}
