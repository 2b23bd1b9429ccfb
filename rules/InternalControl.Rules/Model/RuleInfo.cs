using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;

namespace InternalControl.Rules.Model;

/// <summary>A compiled rule as people and tools see it: name, priority, where it was written, and its language-neutral form.</summary>
/// <remarks>Canonical: The rule with concept ids instead of words: equal for a rule and its translation.</remarks>
public sealed record RuleInfo(string Name, int Priority, SourceSpan Span, string Canonical)
{
    /// <summary>The rule's titles per language code (kk, ky, ru, en), from its `title` clauses.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();

    /// <summary>The title a reader of <paramref name="language"/> sees: the rule's title in that language, else its name.</summary>
    public string Title(Language language) => Titles.GetValueOrDefault(language.Code(), Name);
}
