using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>
/// A table cell: `-` (any: <see cref="Values"/> empty and <see cref="Operator"/> null), a value or a list of
/// values and ranges (<see cref="Values"/>), or a comparison such as `&gt;= 85` (<see cref="Operator"/> and one value).
/// </summary>
public sealed record CellSyntax(SourceSpan Span, string? Operator, IReadOnlyList<ExpressionSyntax> Values)
{
    /// <summary>True for `-`.</summary>
    public bool IsAny => Operator is null && Values.Count == 0;
}
