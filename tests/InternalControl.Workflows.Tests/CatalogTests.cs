using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using InternalControl.Localization;

namespace InternalControl.Workflows.Tests;

/// <summary>The Workflows, Notifications and WorkflowVocabulary catalogs: every key in every language, same placeholders, the right alphabet.</summary>
public sealed partial class CatalogTests
{
    public static TheoryData<TextCatalog> Catalogs => new() { TextCatalog.Workflows, TextCatalog.Notifications, TextCatalog.WorkflowVocabulary };

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Catalog_EveryLanguage_HasEveryKeyWithTheSamePlaceholders(TextCatalog catalog)
    {
        // Arrange
        var neutral = Entries(catalog, CultureInfo.InvariantCulture);

        // Act
        var problems = new List<string>();
        foreach (var language in new[] { "kk", "ky", "ru" })
        {
            var texts = Entries(catalog, CultureInfo.GetCultureInfo(language));
            foreach (var (key, value) in neutral)
            {
                if (!texts.TryGetValue(key, out var text))
                {
                    problems.Add($"{language}: {key} missing");
                }
                else if (!Placeholders(value).SetEquals(Placeholders(text)))
                {
                    problems.Add($"{language}: {key} placeholders differ");
                }
            }
        }

        // Assert
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Catalog_Kyrgyz_HasNoKazakhLetters(TextCatalog catalog)
    {
        // Arrange
        var kyrgyz = Entries(catalog, CultureInfo.GetCultureInfo("ky"));

        // Act
        var kazakh = kyrgyz.Where(e => e.Value.IndexOfAny(['ә', 'ғ', 'қ', 'ұ', 'і', 'һ']) >= 0).Select(e => e.Key).ToList();

        // Assert
        Assert.Empty(kazakh);
    }

    private static Dictionary<string, string> Entries(TextCatalog catalog, CultureInfo culture)
    {
        var set = Texts.Manager(catalog).GetResourceSet(culture, true, false)!;
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)")]
    private static partial Regex Placeholder();
}
