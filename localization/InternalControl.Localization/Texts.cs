using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace InternalControl.Localization;

/// <summary>
/// Looks texts up in the resource catalogs. Keys are unique across catalogs (each catalog uses its
/// own prefix), so callers name a key, not a file. Arguments are formatted in the reader's culture; a
/// <see cref="TextArg"/> argument is rendered in the reader's language first. A lookup walks every catalog and its
/// culture fallbacks, so each key's template is remembered per culture: resources do not change while the process runs.
/// </summary>
public static class Texts
{
    private static readonly Dictionary<TextCatalog, ResourceManager> Managers = Enum.GetValues<TextCatalog>()
        .ToDictionary(c => c, c => new ResourceManager($"InternalControl.Localization.Resources.{c}", typeof(Texts).Assembly));

    /// <summary>The resource manager of a catalog (for enumeration in tests and tools).</summary>
    public static ResourceManager Manager(TextCatalog catalog) => Managers[catalog];

    private static readonly ConcurrentDictionary<(string Key, string Culture), string?> Templates = new();

    /// <summary>Finds a key's template in the reader's language, or null when no catalog has the key.</summary>
    public static string? Template(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(culture);
        return Templates.GetOrAdd((key, culture.Name), k => Find(k.Key, culture));
    }

    private static string? Find(string key, CultureInfo culture)
    {
        foreach (var manager in Managers.Values)
        {
            var value = manager.GetString(key, culture);
            if (value is not null)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// Renders a text in the reader's culture, its <see cref="TextArg"/> arguments in that culture too; an unknown key
    /// renders as itself in brackets.
    /// </summary>
    public static string Get(string key, CultureInfo culture, params object?[] args)
    {
        var template = Template(key, culture);
        if (template is null)
        {
            return $"[{key}]";
        }

        if (args.Length == 0)
        {
            return template;
        }

        object?[]? rendered = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is TextArg text)
            {
                rendered ??= [.. args];
                rendered[i] = text.Render(culture);
            }
        }

        return string.Format(culture, template, rendered ?? args);
    }

    /// <summary>Renders a text for a reader of the given language.</summary>
    public static string Get(string key, Language language, params object?[] args) => Get(key, language.Culture(), args);
}
