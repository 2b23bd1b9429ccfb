using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace InternalControl.Kernel.Time;

/// <summary>
/// The one text form of a date for machines: ISO 8601 (<c>yyyy-MM-dd</c>) in files, the database, policy literals,
/// `--now` and JSON. Sortable as text and the same in every culture. People read dates in their own culture instead
/// (<c>Localizer.Date</c>).
/// </summary>
public static class IsoDate
{
    /// <summary>The format string, for the few APIs that take one (expression trees, parsers of other libraries).</summary>
    public const string Format = "yyyy-MM-dd";

    /// <summary>The date as ISO text.</summary>
    public static string Text(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The date as ISO text, or null.</summary>
    public static string? TextOrNull(DateOnly? date) => date is { } d ? Text(d) : null;

    /// <summary>Reads ISO text that the product wrote itself (a stored value): anything else is a bug.</summary>
    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);

    /// <summary>Reads ISO text that the product wrote itself, or null.</summary>
    public static DateOnly? ParseOrNull(string? text) => text is null ? null : Parse(text);

    /// <summary>Reads ISO text a person or a file gave (surrounding spaces are ignored); false when it is not a date.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DateOnly date)
    {
        date = default;
        return text is not null && DateOnly.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
