using InternalControl.Kernel.Concepts;
using InternalControl.Localization;
using InternalControl.PolicyLanguage.Vocabularies;
using InternalControl.Rules.Compilation;

namespace InternalControl.Rules.Model;

/// <summary>`ic rules schema [--lang]`: the fact types, their fields, the functions and the keywords, by name in each language.</summary>
public static class PolicySchema
{
    private static readonly (string Concept, ValueKind Kind)[] Types =
    [
        (TypeId.Pupil, ValueKind.Pupil), (TypeId.Subject, ValueKind.Subject), (TypeId.Class, ValueKind.Class),
        (TypeId.Mark, ValueKind.Mark), (TypeId.Absence, ValueKind.Absence), (TypeId.Score, ValueKind.Score),
        (TypeId.Teacher, ValueKind.Teacher),
    ];

    /// <summary>
    /// Lines to print: each type with its fields (word, then the field's type in the reader's language), then the
    /// functions and the keywords. With <paramref name="language"/> null, every word is shown in all four languages.
    /// </summary>
    public static IReadOnlyList<string> Render(Language? language, Language reader)
    {
        var vocabulary = Vocabulary.Default;
        string Name(string concept) => language is { } l
            ? vocabulary.Word(concept, l)
            : string.Join(" / ", InternalControl.Localization.Languages.All.Select(x => vocabulary.Word(concept, x)).Distinct());
        var lines = new List<string>();
        foreach (var (concept, kind) in Types)
        {
            lines.Add($"{Name(concept)}");
            foreach (var (field, fieldKind) in ExpressionBinder.Fields[kind])
            {
                lines.Add($"    .{Name(field)} : {InternalControl.Localization.Texts.Get("Rules.Kind." + fieldKind, reader)}");
            }
        }

        lines.Add("");
        lines.AddRange(vocabulary.Concepts.Where(c => c.StartsWith("Fn.", StringComparison.Ordinal)).Select(c => $"{Name(c)}()"));
        lines.Add("");
        lines.AddRange(vocabulary.Concepts.Where(Vocabulary.IsKeywordConcept).Select(Name));
        return lines;
    }
}
