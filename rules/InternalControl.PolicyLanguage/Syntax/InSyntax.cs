using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`x in [1, 2, 5..7]` (items may be ranges), or `x in 0..39`.</summary>
public sealed record InSyntax(SourceSpan Span, ExpressionSyntax Operand, IReadOnlyList<ExpressionSyntax> Items, bool Negated) : ExpressionSyntax(Span);
