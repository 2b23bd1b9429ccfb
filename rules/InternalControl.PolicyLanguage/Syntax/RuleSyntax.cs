using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`rule "name" [priority N] [title LANG "text"]... when ... then ... end`.</summary>
public sealed record RuleSyntax(SourceSpan Span, string Name, int Priority, IReadOnlyList<ConditionSyntax> When, IReadOnlyList<ActionSyntax> Then)
{
    /// <summary>The rule's title per language code (kk, ky, ru, en), as a reader sees the rule; the name where none is given.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();
}
