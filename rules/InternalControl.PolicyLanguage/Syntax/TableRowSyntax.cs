using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>One row: a cell per column.</summary>
public sealed record TableRowSyntax(SourceSpan Span, IReadOnlyList<CellSyntax> Cells);
