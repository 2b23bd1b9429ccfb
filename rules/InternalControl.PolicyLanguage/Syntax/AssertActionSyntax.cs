using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`assert name(p, s) [= value]`: a derived fact other rules may match.</summary>
public sealed record AssertActionSyntax(SourceSpan Span, string Fact, IReadOnlyList<ExpressionSyntax> Arguments, ExpressionSyntax? Value) : ActionSyntax(Span);
