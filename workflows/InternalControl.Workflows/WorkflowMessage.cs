using InternalControl.Localization;

namespace InternalControl.Workflows;

/// <summary>
/// A text for a person, kept as a resource key and arguments until it is rendered in the reader's
/// language: refusals, definition diagnostics and journal lines all travel this way.
/// </summary>
public sealed record WorkflowMessage(string Key, IReadOnlyList<object?> Args)
{
    /// <summary>Creates a message from a key and its arguments.</summary>
    public static WorkflowMessage Of(string key, params object?[] args) => new(key, args);

    /// <summary>Renders the message for a reader of <paramref name="language"/>; <see cref="TextRef"/> arguments are rendered too.</summary>
    public string Render(Language language)
    {
        var args = Args.Select(a => a is TextRef text ? text.Render(language) : a).ToArray();
        return TextCache.Get(Key, language, args);
    }

    public override string ToString() => Render(Language.En);
}
