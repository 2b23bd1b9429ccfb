namespace InternalControl.Localization;

/// <summary>
/// An argument that is itself a text: a role, step, outcome or field name, rendered in the reader's language when the
/// text that carries it is rendered (<see cref="Texts.Get(string, Language, object?[])"/> renders it). Names come from
/// policy files, so a name without a text in the catalogs renders as <see cref="Fallback"/>, its code.
/// </summary>
/// <param name="Key">The text's key.</param>
/// <param name="Fallback">What a reader sees when no catalog has <paramref name="Key"/> or <paramref name="SecondKey"/>.</param>
/// <param name="SecondKey">A more general key tried after <paramref name="Key"/>.</param>
public sealed record TextArg(string Key, string Fallback, string? SecondKey = null)
{
    /// <summary>The text in the reader's language.</summary>
    public string Render(Language language) => Render(language.Culture());

    /// <summary>The text in the reader's culture.</summary>
    public string Render(System.Globalization.CultureInfo culture) =>
        Texts.Template(Key, culture)
        ?? (SecondKey is null ? null : Texts.Template(SecondKey, culture))
        ?? Fallback;
}
