using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace InternalControl.Localization.Tests;

/// <summary>Every text a person reads exists in en, kk, ky and ru, with the same format placeholders.</summary>
public sealed partial class ResourceCompletenessTests
{
    public static TheoryData<TextCatalog, string> CatalogsAndLanguages()
    {
        var data = new TheoryData<TextCatalog, string>();
        foreach (var catalog in Enum.GetValues<TextCatalog>())
        {
            foreach (var language in new[] { "kk", "ky", "ru" })
            {
                data.Add(catalog, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CatalogsAndLanguages))]
    public void Catalog_EveryNeutralKey_ExistsInLanguage(TextCatalog catalog, string language)
    {
        // Arrange
        var neutral = Entries(catalog, CultureInfo.InvariantCulture);
        var translated = Entries(catalog, CultureInfo.GetCultureInfo(language));

        // Act
        var missing = neutral.Keys.Except(translated.Keys).Order().ToList();

        // Assert
        Assert.True(missing.Count == 0, $"{catalog}.{language}.resx lacks: {string.Join(", ", missing.Take(20))}");
    }

    [Theory]
    [MemberData(nameof(CatalogsAndLanguages))]
    public void Catalog_EveryText_HasTheNeutralPlaceholders(TextCatalog catalog, string language)
    {
        // Arrange
        var neutral = Entries(catalog, CultureInfo.InvariantCulture);
        var translated = Entries(catalog, CultureInfo.GetCultureInfo(language));

        // Act
        var differing = neutral.Keys.Intersect(translated.Keys)
            .Where(k => !Placeholders(neutral[k]).SetEquals(Placeholders(translated[k])))
            .Order()
            .ToList();

        // Assert
        Assert.True(differing.Count == 0, $"{catalog}.{language}.resx placeholders differ in: {string.Join(", ", differing.Take(20))}");
    }

    public static TheoryData<TextCatalog> Catalogs() => [.. Enum.GetValues<TextCatalog>()];

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Catalog_KazakhAndKyrgyz_AreNotCopiesOfEachOther(TextCatalog catalog)
    {
        // Arrange
        var kk = Entries(catalog, CultureInfo.GetCultureInfo("kk"));
        var ky = Entries(catalog, CultureInfo.GetCultureInfo("ky"));

        // Act: a sentence of several words that is the same in both is almost surely a copy
        // (short words like "директор" or codes are legitimately the same).
        var copies = kk.Keys.Intersect(ky.Keys)
            .Where(k => kk[k] == ky[k] && kk[k].Split(' ').Length >= 4 && CyrillicWord().IsMatch(kk[k]))
            .Order()
            .ToList();

        // Assert
        Assert.True(copies.Count == 0, $"{catalog}: kk and ky texts are identical for: {string.Join(", ", copies.Take(20))}");
    }

    [Fact]
    public void Catalogs_Keys_AreUniqueAcrossCatalogs()
    {
        // Arrange
        var all = Enum.GetValues<TextCatalog>()
            .SelectMany(c => Entries(c, CultureInfo.InvariantCulture).Keys.Select(k => (Catalog: c, Key: k)));

        // Act
        var duplicated = all.GroupBy(e => e.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        // Assert
        Assert.Empty(duplicated);
    }

    [Fact]
    public void Get_RussianReader_FormatsNumbersInRussianCulture()
    {
        // Arrange
        var texts = new Localizer(Language.Ru);

        // Act
        var number = texts.Number(1234.5, "N1");

        // Assert: Russian groups digits with a no-break space and uses a decimal comma.
        Assert.Equal("1\u00a0234,5", number);
    }

    [Fact]
    public void Get_UnknownKey_RendersTheKeyInBrackets()
    {
        Assert.Equal("[No.Such.Key]", Texts.Get("No.Such.Key", Language.Ky));
    }

    [Fact]
    public void Get_KyrgyzReader_GetsKyrgyzText()
    {
        Assert.Equal("Ката: x", Texts.Get("Cli.ErrorPrefix", Language.Ky, "x"));
        Assert.Equal("Қате: x", Texts.Get("Cli.ErrorPrefix", Language.Kk, "x"));
        Assert.Equal("Ошибка: x", Texts.Get("Cli.ErrorPrefix", Language.Ru, "x"));
    }

    [Fact]
    public void Get_TextArgument_RendersInTheReadersLanguage()
    {
        // Arrange: a role's name as the argument of another text; a name no catalog has stays as its code.
        var role = new TextArg("Workflows.Role.ClassTeacher", "class_teacher");
        var unknown = new TextArg("Workflows.Role.NoSuchRole", "no_such_role");

        // Act
        var kyrgyz = Texts.Get("Cli.ErrorPrefix", Language.Ky, role);
        var russian = Texts.Get("Cli.ErrorPrefix", Language.Ru, unknown);

        // Assert
        Assert.Equal("Ката: класс жетекчи", kyrgyz);
        Assert.Equal("Ошибка: no_such_role", russian);
    }

    private static Dictionary<string, string> Entries(TextCatalog catalog, CultureInfo culture)
    {
        // Only the culture's own file, without falling back to the neutral one.
        var set = Texts.Manager(catalog).GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        var entries = new Dictionary<string, string>();
        if (set is null)
        {
            return entries;
        }

        foreach (System.Collections.DictionaryEntry entry in set)
        {
            entries[(string)entry.Key] = entry.Value as string ?? string.Empty;
        }

        return entries;
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"[\u0400-\u04FF]")]
    private static partial Regex CyrillicWord();
}
