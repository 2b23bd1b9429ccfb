using System.Globalization;

namespace InternalControl.Workflows.Storage;

/// <summary>Instants as the runtime's tables hold them: ISO 8601 round-trip text with the offset.</summary>
internal static class StoredInstant
{
    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateTimeOffset? ParseOrNull(string? text) => text is null ? null : Parse(text);
}
