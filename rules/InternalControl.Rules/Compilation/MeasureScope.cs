using InternalControl.Kernel.Diagnostics;
using InternalControl.PolicyLanguage.Syntax;

namespace InternalControl.Rules.Compilation;

/// <summary>
/// The named measures (`let`) of a policy while it is bound: each is bound where it is used, in the scope of that
/// rule (its pupil and subject), as if it were written there; a problem in a measure is reported once, at the measure.
/// </summary>
internal sealed class MeasureScope
{
    private readonly Dictionary<string, MeasureSyntax> _measures = new(StringComparer.Ordinal);
    private readonly HashSet<(string Code, SourceSpan Span, string Key)> _reported = [];

    /// <summary>The measures being bound, innermost last (a name met again is a cycle).</summary>
    public List<string> Binding { get; } = [];

    /// <summary>The measures a rule used.</summary>
    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _measures.Keys;

    public IEnumerable<MeasureSyntax> All => _measures.Values;

    public bool Add(MeasureSyntax measure) => _measures.TryAdd(measure.Name, measure);

    public bool TryGet(string name, out MeasureSyntax measure) => _measures.TryGetValue(name, out measure!);

    /// <summary>Keeps the diagnostics added from <paramref name="from"/> on that were not reported before (a measure used twice reports once).</summary>
    public void Deduplicate(List<Diagnostic> diagnostics, int from)
    {
        var kept = diagnostics.Skip(from).Where(d => _reported.Add((d.Code, d.Span, d.MessageKey))).ToList();
        diagnostics.RemoveRange(from, diagnostics.Count - from);
        diagnostics.AddRange(kept);
    }
}
