using System.Globalization;

namespace InternalControl.Workflows.Runtime;

/// <summary>Dates as ISO text in the database (portable, sortable), never for people.</summary>
internal static class Iso
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDateOrNull(string? text) => text is null ? null : ParseDate(text);
}
