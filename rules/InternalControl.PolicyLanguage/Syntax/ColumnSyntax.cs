using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`input name [in [values]]` or `output name [in [values in priority order]]`.</summary>
public sealed record ColumnSyntax(SourceSpan Span, bool IsInput, string Name, IReadOnlyList<ExpressionSyntax>? Domain);
