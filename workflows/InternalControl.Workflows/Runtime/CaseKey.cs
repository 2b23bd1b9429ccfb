namespace InternalControl.Workflows.Runtime;

/// <summary>
/// The key of a case of a workflow keyed by named parts, as the runtime stores it: each part as <c>part=value</c>, in
/// the definition's order, joined with ';' ("teacher=t010;finding=attestation;since=2021-06-15"). Readers take the parts
/// back from here rather than splitting the text themselves.
/// </summary>
public static class CaseKey
{
    /// <summary>The key of the values of <paramref name="parts"/>, in that order; a part with no value is written empty.</summary>
    public static string Of(IEnumerable<string> parts, Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(value);
        return string.Join(";", parts.Select(part => part + "=" + value(part)));
    }

    /// <summary>The named parts of <paramref name="key"/> (the first value of a part written twice); none for a plain key.</summary>
    public static IReadOnlyDictionary<string, string> Parts(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in key.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part => part.Split('=', 2)).Where(pair => pair.Length == 2))
        {
            parts.TryAdd(pair[0], pair[1]);
        }

        return parts;
    }

    /// <summary>
    /// The values of <paramref name="key"/>'s parts in the definition's order, whatever the parts are called (a feature
    /// that knows its workflow by a report tag reads its key by position); none for a plain key.
    /// </summary>
    public static IReadOnlyList<string> Values(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return [.. key.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part => part.Split('=', 2)).Where(pair => pair.Length == 2).Select(pair => pair[1])];
    }

    /// <summary>The value of part <paramref name="name"/> of <paramref name="key"/>, or null.</summary>
    public static string? Part(string key, string name) => Parts(key).GetValueOrDefault(name);
}
