using InternalControl.Engine.Diagnostics;

namespace InternalControl.Language.Syntax;

/// <summary>An expression.</summary>
public abstract record ExpressionSyntax(SourceSpan Span);
