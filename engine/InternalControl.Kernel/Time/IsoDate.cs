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

    /// <summary>
    /// Reads a stored ISO date from its UTF-8 bytes without making a string (a storage reader's hot loop); false when
    /// the bytes are not exactly <c>yyyy-MM-dd</c> of a real date.
    /// </summary>
    public static bool TryParseUtf8(ReadOnlySpan<byte> utf8, out DateOnly date)
    {
        date = default;
        if (utf8.Length != Format.Length || utf8[4] != (byte)'-' || utf8[7] != (byte)'-')
        {
            return false;
        }

        var year = Digits(utf8[..4]);
        var month = Digits(utf8.Slice(5, 2));
        var day = Digits(utf8.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The number the ASCII digits spell; -1 when one is not a digit.</summary>
    private static int Digits(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (b - '0');
        }

        return value;
    }
}
