using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>A number (double), string, bool or date (DateOnly).</summary>
public sealed record LiteralSyntax(SourceSpan Span, object Value) : ExpressionSyntax(Span);
