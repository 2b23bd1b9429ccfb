using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>A condition that must hold.</summary>
public sealed record TestConditionSyntax(SourceSpan Span, ExpressionSyntax Expression) : ConditionSyntax(Span);
