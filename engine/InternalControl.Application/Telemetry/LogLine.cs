using System.Collections;
using InternalControl.Localization;

namespace InternalControl.Application.Telemetry;

/// <summary>
/// A log line's state: its values by name, for an operator's log tools to index, and its text from the Messages catalog
/// in the operator's language (<see cref="IcTelemetry.Language"/>) with the same values, for a person reading the log.
/// </summary>
public sealed class LogLine : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] _values;

    /// <summary>A line of the catalog text <paramref name="key"/>, its placeholders {0}, {1}, ... filled by <paramref name="values"/> in order.</summary>
    public LogLine(string key, params (string Name, object? Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Key = key;
        _values = [.. values.Select(v => new KeyValuePair<string, object?>(v.Name, v.Value)), new("{OriginalFormat}", key)];
    }

    /// <summary>The catalog key of the line's text.</summary>
    public string Key { get; }

    public int Count => _values.Length;

    public KeyValuePair<string, object?> this[int index] => _values[index];

    /// <summary>The line in the operator's language.</summary>
    public string Text() => new Localizer(IcTelemetry.Language).Get(Key, [.. _values[..^1].Select(v => v.Value)]);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => Text();
}
