using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`not x` or `-x`.</summary>
public sealed record UnarySyntax(SourceSpan Span, string Operator, ExpressionSyntax Operand) : ExpressionSyntax(Span);
