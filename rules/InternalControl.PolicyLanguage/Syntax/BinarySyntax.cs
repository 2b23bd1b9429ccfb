using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>A binary operation; <paramref name="Operator"/> is a symbol ("=", "+", ...) or "and"/"or".</summary>
public sealed record BinarySyntax(SourceSpan Span, string Operator, ExpressionSyntax Left, ExpressionSyntax Right) : ExpressionSyntax(Span);
