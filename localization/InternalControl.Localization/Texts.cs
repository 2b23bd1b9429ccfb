using System.Globalization;
using System.Resources;

namespace InternalControl.Localization;

/// <summary>
/// Looks texts up in the resource catalogs. Keys are unique across catalogs (each catalog uses its
/// own prefix), so callers name a key, not a file. Arguments are formatted in the reader's culture.
/// </summary>
public static class Texts
{
    private static readonly Dictionary<TextCatalog, ResourceManager> Managers = Enum.GetValues<TextCatalog>()
        .ToDictionary(c => c, c => new ResourceManager($"InternalControl.Localization.Resources.{c}", typeof(Texts).Assembly));

    /// <summary>The resource manager of a catalog (for enumeration in tests and tools).</summary>
    public static ResourceManager Manager(TextCatalog catalog) => Managers[catalog];

    /// <summary>Finds a key's template in the reader's language, or null when no catalog has the key.</summary>
    public static string? Template(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(key);
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

    /// <summary>Renders a text in the reader's culture; an unknown key renders as itself in brackets.</summary>
    public static string Get(string key, CultureInfo culture, params object?[] args)
    {
        var template = Template(key, culture);
        if (template is null)
        {
            return $"[{key}]";
        }

        return args.Length == 0 ? template : string.Format(culture, template, args);
    }

    /// <summary>Renders a text for a reader of the given language.</summary>
    public static string Get(string key, Language language, params object?[] args) => Get(key, language.Culture(), args);
}
