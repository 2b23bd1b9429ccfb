using System.Globalization;
using InternalControl.Localization;

namespace InternalControl.PolicyLanguage.Vocabularies;

/// <summary>A diagnostic argument that is itself a text of a catalog, rendered in the reader's language.</summary>
public sealed record TextArgument(string Key) : IFormattable
{
    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Texts.Get(Key, formatProvider as CultureInfo ?? CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override string ToString() => ToString(null, null);
}
