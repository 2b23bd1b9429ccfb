using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace InternalControl.Kernel.Time;

/// <summary>
/// The one text form of a month for machines: ISO 8601 <c>yyyy-MM</c>, as a planned control's key and its second-control
/// month carry it (Order No. 130 §2.1), a report's month in a URL, and a <c>wait until</c> a month. Sortable as text and
/// the same in every culture; people read months in their own words.
/// </summary>
public static class IsoMonth
{
    /// <summary>The format string.</summary>
    public const string Format = "yyyy-MM";

    /// <summary>The month of <paramref name="date"/> as ISO text.</summary>
    public static string Text(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads a month's ISO text (surrounding spaces are ignored) as the month's first day; false when it is not a month.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DateOnly first)
    {
        first = default;
        return text is not null && DateOnly.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out first);
    }
}
