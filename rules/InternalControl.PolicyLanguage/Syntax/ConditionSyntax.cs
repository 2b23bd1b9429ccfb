using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>One line of a rule's `when`: a pattern that binds a fact, or a condition.</summary>
public abstract record ConditionSyntax(SourceSpan Span);
