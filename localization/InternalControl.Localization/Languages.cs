using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace InternalControl.Localization;

/// <summary>Language codes and the cultures that format dates and numbers for each reader.</summary>
public static class Languages
{
    /// <summary>All supported languages, English (the neutral resources) first.</summary>
    public static IReadOnlyList<Language> All { get; } = [Language.En, Language.Kk, Language.Ky, Language.Ru];

    /// <summary>The two-letter code used in files and on the command line: en, kk, ky, ru.</summary>
    public static string Code(this Language language) => language switch
    {
        Language.Kk => "kk",
        Language.Ky => "ky",
        Language.Ru => "ru",
        _ => "en",
    };

    /// <summary>The culture that formats dates and numbers for a reader of this language.</summary>
    /// <remarks>Held once: every notification renders through it, and GetCultureInfo takes a lock on each call.</remarks>
    public static CultureInfo Culture(this Language language) => language switch
    {
        Language.Kk => Kazakh,
        Language.Ky => Kyrgyz,
        Language.Ru => Russian,
        _ => English,
    };

    private static readonly CultureInfo Kazakh = CultureInfo.GetCultureInfo("kk-KZ");
    private static readonly CultureInfo Kyrgyz = KyrgyzDates();
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// ky-KG with dates as Kyrgyz schools and offices write them, 05.12.2026: the culture data .NET reads from ICU
    /// gives 5/12/2026, which no Kyrgyz journal or order uses. Kazakh (kk-KZ) and Russian data already write dd.MM.yyyy.
    /// </summary>
    private static CultureInfo KyrgyzDates()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ky-KG").Clone();
        culture.DateTimeFormat.DateSeparator = ".";
        culture.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
        return CultureInfo.ReadOnly(culture);
    }

    /// <summary>Reads a code (en, kk, ky, ru; case-insensitive; a region suffix is ignored).</summary>
    public static bool TryParse(string? code, [NotNullWhen(true)] out Language? language)
    {
        language = null;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var head = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        language = head switch
        {
            "en" => Language.En,
            "kk" => Language.Kk,
            "ky" => Language.Ky,
            "ru" => Language.Ru,
            _ => null,
        };
        return language is not null;
    }

    /// <summary>The language of a culture, when it is one of ours.</summary>
    public static Language? FromCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return TryParse(culture.Name, out var language) ? language : null;
    }
}
