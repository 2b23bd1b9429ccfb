using InternalControl.Kernel.Concepts;

namespace InternalControl.Rules.Runtime;

/// <summary>A fact a firing matched, for explain: its type concept (TypeId.Mark), subject, date and value.</summary>
public sealed record FactRef(string Type, string? SubjectId, DateOnly Date, double Value);
