using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`name(args)`: a built-in function, a decision table, or a derived fact's existence.</summary>
public sealed record CallSyntax(SourceSpan Span, string Name, IReadOnlyList<ExpressionSyntax> Arguments) : ExpressionSyntax(Span);
