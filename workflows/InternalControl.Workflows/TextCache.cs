using System.Collections.Concurrent;
using InternalControl.Localization;

namespace InternalControl.Workflows;

/// <summary>
/// Resource lookups remembered per key and language: a lookup walks every catalog and its culture
/// fallbacks (tens of microseconds, more for a key no catalog has), and a transition renders several
/// texts. Resources do not change while the process runs, so the cache never goes stale.
/// </summary>
internal static class TextCache
{
    private static readonly ConcurrentDictionary<(string Key, Language Language), string?> Templates = new();

    /// <summary>The key's template in the language, or null when no catalog has it.</summary>
    public static string? Template(string key, Language language) =>
        Templates.GetOrAdd((key, language), k => Texts.Template(k.Key, k.Language.Culture()));

    /// <summary>Renders a text like <see cref="Texts.Get(string, Language, object?[])"/>, from the cache.</summary>
    public static string Get(string key, Language language, params object?[] args)
    {
        var template = Template(key, language);
        if (template is null)
        {
            return $"[{key}]";
        }

        return args.Length == 0 ? template : string.Format(language.Culture(), template, args);
    }
}
