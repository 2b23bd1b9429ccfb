using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`count(table(args))`: how many results a decision table's list holds (hit policies rule_order and collect).</summary>
public sealed record ListCountSyntax(SourceSpan Span, ExpressionSyntax List) : ExpressionSyntax(Span);
