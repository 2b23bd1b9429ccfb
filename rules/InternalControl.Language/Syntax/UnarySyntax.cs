using InternalControl.Engine.Diagnostics;

namespace InternalControl.Language.Syntax;

/// <summary>`not x` or `-x`.</summary>
public sealed record UnarySyntax(SourceSpan Span, string Operator, ExpressionSyntax Operand) : ExpressionSyntax(Span);
