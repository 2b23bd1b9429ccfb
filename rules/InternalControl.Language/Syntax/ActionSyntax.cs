using InternalControl.Engine.Diagnostics;

namespace InternalControl.Language.Syntax;

/// <summary>One action of a rule's `then`.</summary>
public abstract record ActionSyntax(SourceSpan Span);
