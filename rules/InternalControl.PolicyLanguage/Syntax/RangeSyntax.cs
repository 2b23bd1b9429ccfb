using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`low..high`, both ends included.</summary>
public sealed record RangeSyntax(SourceSpan Span, ExpressionSyntax Low, ExpressionSyntax High) : ExpressionSyntax(Span);
