using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`table name hit policy [aggregator]`, a header of columns and rows of cells.</summary>
/// <remarks>HitPolicy: Kw.Unique, Kw.Any, Kw.First, Kw.Priority, Kw.RuleOrder or Kw.Collect.</remarks>
/// <remarks>Aggregator: For collect: Kw.Sum, Kw.Count, Kw.Min, Kw.Max, or null.</remarks>
public sealed record TableSyntax(SourceSpan Span, string Name, string HitPolicy, string? Aggregator, IReadOnlyList<ColumnSyntax> Columns, IReadOnlyList<TableRowSyntax> Rows)
{
    /// <summary>
    /// The report tag after the hit policy (`report group`, <see cref="Kernel.Concepts.ReportTag"/>): what a feature reads
    /// the table as, whatever the policy calls it; null when untagged.
    /// </summary>
    public string? Report { get; init; }

    /// <summary>Where <see cref="Report"/> is written: a second table with the same tag is reported there.</summary>
    public SourceSpan? ReportSpan { get; init; }
}
