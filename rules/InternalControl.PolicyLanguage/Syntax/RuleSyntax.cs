using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`rule "name" [priority N] when ... then ... end`.</summary>
public sealed record RuleSyntax(SourceSpan Span, string Name, int Priority, IReadOnlyList<ConditionSyntax> When, IReadOnlyList<ActionSyntax> Then);
