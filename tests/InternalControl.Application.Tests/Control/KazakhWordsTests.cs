using System.Xml.Linq;
using InternalControl.Localization;
using InternalControl.PolicyLanguage.Translation;
using InternalControl.Testing;
using InternalControl.Testing.Policies;

namespace InternalControl.Application.Tests.Control;

/// <summary>
/// The school's own Kazakh words (issue 14, "The school's own words"): the texts and the policy vocabulary use the
/// terms Kazakh schools write, in every kk catalog.
/// </summary>
public sealed class KazakhWordsTests
{
    private static readonly Localizer Kazakh = new(Language.Kk);

    public static TheoryData<string, string> Replaced() => new()
    {
        { "дәлелсіз себеппен босатылған", "себепсіз жіберілген" },
        { "дәлелді", "себепті" },
        { "жалғыз «3»", "бір «3»" },
        { "C тобы", "С тобы" },
        { "курсты қайта оқу", "қайта оқуға қалдыру" },
        { "саясат", "ереже" },
    };

    [Theory]
    [MemberData(nameof(Replaced))]
    public void KazakhCatalogs_NoTextUsesTheReplacedWords(string old, string replacement)
    {
        // Act
        var found = KazakhValues().Where(v => v.Text.Contains(old, StringComparison.Ordinal)).Select(v => v.Key).ToList();

        // Assert
        Assert.True(found.Count == 0, $"«{old}» (write «{replacement}») in: {string.Join(", ", found)}");
    }

    [Theory]
    [InlineData("Type.Absence", "сабаққа_келмеу")]
    [InlineData("Field.Excused", "себепті")]
    [InlineData("Kw.Policy", "ереже")]
    [InlineData("Kw.Rule", "қағида")]
    public void KazakhVocabulary_Keyword_IsTheSchoolsWord(string concept, string word)
    {
        // Act
        var text = Kazakh.Get(concept);

        // Assert
        Assert.Equal(word, text);
    }

    [Fact]
    public void KazakhTexts_UnexcusedLessonsAndRepeatingTheYear_ReadAsSchoolsWriteThem()
    {
        // Act
        var texts = KazakhValues().Select(v => v.Text).ToList();

        // Assert
        Assert.Contains(texts, t => t.Contains("себепсіз жіберілген сабақтар", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("қайта оқуға қалдыру", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("(С тобы)", StringComparison.Ordinal));
    }

    [Fact]
    public void Translate_ShippedKazakhPolicyToKazakh_IsAnEreheOfQagidas()
    {
        // Arrange
        var source = PolicyText.Shipped("kz")[0];

        // Act
        var translated = PolicyTranslator.Translate(source.Text, source.File, Language.Kk);

        // Assert
        Assert.True(translated.Succeeded, string.Join("\n", translated.Diagnostics));
        Assert.StartsWith("-- ", translated.Value!, StringComparison.Ordinal);
        Assert.Contains("\nереже \"kz-internal-control\"", translated.Value!, StringComparison.Ordinal);
        Assert.Contains("\nқағида \"R33 recorded quarter mark differs from the summatives\"", translated.Value!, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Key, string Text)> KazakhValues()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "localization", "InternalControl.Localization", "Resources");
        foreach (var file in Directory.GetFiles(folder, "*.kk.resx"))
        {
            foreach (var data in XDocument.Load(file).Root!.Elements("data"))
            {
                yield return (Path.GetFileName(file) + ":" + (string?)data.Attribute("name"), (string?)data.Element("value") ?? "");
            }
        }
    }
}
