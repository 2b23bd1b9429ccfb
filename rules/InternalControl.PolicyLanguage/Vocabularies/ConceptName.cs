using InternalControl.Localization;

namespace InternalControl.PolicyLanguage.Vocabularies;

/// <summary>
/// A concept as a diagnostic argument: it prints as the word of the reader's language, so that
/// "expected «эгер»" reaches a Kyrgyz reader and "expected «если»" a Russian one.
/// </summary>
public sealed record ConceptName(string Concept) : IFormattable
{
    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var language = formatProvider is System.Globalization.CultureInfo culture ? Languages.FromCulture(culture) : null;
        return Vocabulary.Default.Word(Concept, language ?? InternalControl.Localization.Language.En);
    }

    /// <inheritdoc/>
    public override string ToString() => ToString(null, null);
}
