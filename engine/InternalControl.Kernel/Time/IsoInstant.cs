using System.Globalization;

namespace InternalControl.Kernel.Time;

/// <summary>
/// The text forms of an instant for machines (the database, leases, JSON), next to <see cref="IsoDate"/>: ISO 8601
/// round-trip text. Two forms exist because stored rows compare them as text: <see cref="Text(DateTimeOffset)"/> keeps the offset,
/// <see cref="UtcText"/> is always UTC with a <c>Z</c> and seven fraction digits, so it sorts as text.
/// </summary>
public static class IsoInstant
{
    /// <summary>The format of <see cref="UtcText"/>: UTC, seven fraction digits, a literal <c>Z</c>.</summary>
    public const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>The instant as round-trip text with its offset (<c>2026-09-01T08:00:00.0000000+05:00</c>).</summary>
    public static string Text(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The instant in UTC as text that sorts as time does (<c>2026-09-01T03:00:00.0000000Z</c>).</summary>
    public static string UtcText(DateTimeOffset instant) => instant.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// The instant in UTC as round-trip text with a <c>+00:00</c> offset (<c>2026-09-01T03:00:00.0000000+00:00</c>): the form
    /// of the outbox's and contacts' times, which are compared as text with <see cref="Text(DateTimeOffset)"/> of a UTC clock's "now".
    /// </summary>
    public static string UtcOffsetText(DateTimeOffset instant) => Text(instant.ToUniversalTime());

    /// <summary>
    /// A time a database driver or a workbook hands back as a <see cref="DateTime"/>, as round-trip text that keeps its
    /// kind (<c>Z</c> for UTC, no offset for an unspecified time): the form copied databases and row fingerprints compare.
    /// </summary>
    public static string Text(DateTime time) => time.ToString("O", CultureInfo.InvariantCulture);

    /// <summary><see cref="Text(DateTimeOffset)"/> of an instant, or null.</summary>
    public static string? TextOrNull(DateTimeOffset? instant) => instant is { } value ? Text(value) : null;

    /// <summary>Reads round-trip text that the product wrote itself (a stored value): anything else is a bug.</summary>
    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>Reads round-trip text that the product wrote itself, or null.</summary>
    public static DateTimeOffset? ParseOrNull(string? text) => text is null ? null : Parse(text);
}
