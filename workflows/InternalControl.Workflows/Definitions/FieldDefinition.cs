namespace InternalControl.Workflows.Definitions;

/// <summary>A typed field of a task's form; a choice field accepts one of its options.</summary>
public sealed record FieldDefinition(string Name, FieldType Type, bool Required, IReadOnlyList<string> Options);
