using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>An expression.</summary>
public abstract record ExpressionSyntax(SourceSpan Span);
