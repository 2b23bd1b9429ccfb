using System.Collections;
using System.Globalization;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Text;
using InternalControl.Localization;

namespace InternalControl.PolicyLanguage.Vocabularies;
/// <summary>
/// The words of the policy language in en, kk, ky and ru, read from the Vocabulary and WorkflowVocabulary
/// catalogs. A concept id is the resource key (Kw.Rule, TypeId.Pupil, FieldId.Value, Fn.SchoolDays);
/// a resource value may hold synonyms separated by '|', the first being the word that fmt and translate
/// write. Words match case-insensitively; any language's word may be used anywhere.
/// </summary>
public sealed class Vocabulary
{
    private static readonly Lazy<Vocabulary> Shared = new(Load);
    private readonly Dictionary<string, List<string>> _conceptsByWord = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Concept, Language Language), string[]> _words = [];

    internal Vocabulary(IEnumerable<(string Concept, Language Language, string Value)> entries)
    {
        foreach (var (concept, language, value) in entries)
        {
            var words = value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            _words[(concept, language)] = words;
            foreach (var word in words)
            {
                var key = Normalize(word);
                if (!_conceptsByWord.TryGetValue(key, out var list))
                {
                    _conceptsByWord[key] = list = [];
                }

                if (!list.Contains(concept))
                {
                    list.Add(concept);
                }
            }
        }

        Concepts = [.. _words.Keys.Select(k => k.Concept).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The vocabulary of the shipped catalogs (Vocabulary and WorkflowVocabulary).</summary>
    public static Vocabulary Default => Shared.Value;

    /// <summary>Every concept id, sorted.</summary>
    public IReadOnlyList<string> Concepts { get; }

    /// <summary>The concepts a word names (several when, say, a type and a field share a noun), keywords first.</summary>
    public IReadOnlyList<string> ConceptsOf(string word) =>
        _conceptsByWord.TryGetValue(Normalize(word), out var list) ? list : [];

    /// <summary>The keyword concept ("Kw.*") a word names, or null.</summary>
    public string? KeywordOf(string word) => ConceptsOf(word).FirstOrDefault(IsKeywordConcept);

    /// <summary>The concept of a word within a category ("Type", "Field", "Fn", ...), or null.</summary>
    public string? ConceptOf(string word, string category) =>
        ConceptsOf(word).FirstOrDefault(c => c.StartsWith(category + ".", StringComparison.Ordinal));

    /// <summary>The word that fmt and translate write for a concept in a language (English when a language lacks it).</summary>
    public string Word(string concept, Language language) =>
        _words.TryGetValue((concept, language), out var words) && words.Length > 0 ? words[0]
        : _words.TryGetValue((concept, Language.En), out var en) && en.Length > 0 ? en[0]
        : concept;

    /// <summary>All words (synonyms included) of a concept in a language.</summary>
    public IReadOnlyList<string> Words(string concept, Language language) =>
        _words.TryGetValue((concept, language), out var words) ? words : [];

    /// <summary>True for a keyword concept ("Kw.*").</summary>
    public static bool IsKeywordConcept(string concept) => concept.StartsWith("Kw.", StringComparison.Ordinal);

    /// <summary>
    /// "Did you mean": the closest words of any language (optionally only in some categories) to a word
    /// that was not understood, nearest first.
    /// </summary>
    public IReadOnlyList<string> Suggest(string word, IReadOnlyCollection<string>? categories = null, int max = 1)
    {
        var words = _conceptsByWord
            .Where(p => categories is null || p.Value.Any(c => categories.Contains(c[..c.IndexOf('.', StringComparison.Ordinal)])))
            .Select(p => p.Key);
        return Suggestions.Closest(Normalize(word), words, max);
    }

    /// <summary>The form in which words are compared.</summary>
    public static string Normalize(string word) => word.ToLower(CultureInfo.InvariantCulture);

    private static Vocabulary Load()
    {
        var entries = new List<(string, Language, string)>();
        foreach (var catalog in new[] { TextCatalog.Vocabulary, TextCatalog.WorkflowVocabulary })
        {
            var manager = Texts.Manager(catalog);
            foreach (var language in Languages.All)
            {
                var culture = language == Language.En ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language.Code());
                var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
                if (set is null)
                {
                    continue;
                }

                foreach (DictionaryEntry entry in set)
                {
                    if (entry.Value is string value)
                    {
                        entries.Add(((string)entry.Key, language, value));
                    }
                }
            }
        }

        return new Vocabulary(entries);
    }
}
