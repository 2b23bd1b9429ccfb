using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Rules.Model;

/// <summary>A compiled rule as people and tools see it: name, priority, where it was written, and its language-neutral form.</summary>
/// <remarks>Canonical: The rule with concept ids instead of words: equal for a rule and its translation.</remarks>
public sealed record RuleInfo(string Name, int Priority, SourceSpan Span, string Canonical);
