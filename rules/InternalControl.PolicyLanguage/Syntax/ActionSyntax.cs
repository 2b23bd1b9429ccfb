using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>One action of a rule's `then`.</summary>
public abstract record ActionSyntax(SourceSpan Span);
