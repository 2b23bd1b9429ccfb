using System.Collections;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace InternalControl.Localization;

/// <summary>
/// The texts for one reader: an <see cref="IStringLocalizer"/> bound to the reader's culture, so that
/// a notice to a Kyrgyz parent and a report for a Russian-speaking deputy can be rendered side by side.
/// </summary>
public sealed class Localizer : IStringLocalizer
{
    /// <summary>Creates the texts for a reader of <paramref name="language"/>.</summary>
    public Localizer(Language language)
    {
        Language = language;
        Culture = language.Culture();
    }

    /// <summary>The reader's language.</summary>
    public Language Language { get; }

    /// <summary>The culture that formats the reader's dates and numbers.</summary>
    public CultureInfo Culture { get; }

    /// <inheritdoc/>
    public LocalizedString this[string name]
    {
        get
        {
            var template = Texts.Template(name, Culture);
            return new LocalizedString(name, template ?? $"[{name}]", template is null);
        }
    }

    /// <inheritdoc/>
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = Texts.Template(name, Culture);
            return template is null
                ? new LocalizedString(name, $"[{name}]", true)
                : new LocalizedString(name, string.Format(Culture, template, arguments), false);
        }
    }

    /// <summary>Renders a text with arguments formatted in the reader's culture.</summary>
    public string Get(string key, params object?[] args) => Texts.Get(key, Culture, args);

    /// <summary>
    /// Renders a text that may not exist (a step or outcome a school's own policy named without a text):
    /// the fallback, usually the code, stands in for it.
    /// </summary>
    public string GetOr(string key, string fallback, params object?[] args) =>
        Texts.Template(key, Culture) is null ? fallback : Get(key, args);

    /// <summary>Formats a date as the reader expects it (short date of the reader's culture).</summary>
    public string Date(DateOnly date) => date.ToString("d", Culture);

    /// <summary>Formats a number as the reader expects it.</summary>
    public string Number(double value, string format = "0.#") => value.ToString(format, Culture);

    /// <inheritdoc/>
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        foreach (var catalog in Enum.GetValues<TextCatalog>())
        {
            var set = Texts.Manager(catalog).GetResourceSet(Culture, true, includeParentCultures);
            if (set is null)
            {
                continue;
            }

            foreach (DictionaryEntry entry in set)
            {
                yield return new LocalizedString((string)entry.Key, (string?)entry.Value ?? string.Empty, false);
            }
        }
    }
}
