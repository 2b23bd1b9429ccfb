using InternalControl.Kernel.Time;

namespace InternalControl.Workflows.Storage;

/// <summary>Instants as the runtime's tables hold them: ISO 8601 round-trip text with the offset (<see cref="IsoInstant"/>).</summary>
internal static class StoredInstant
{
    public static DateTimeOffset Parse(string text) => IsoInstant.Parse(text);

    public static DateTimeOffset? ParseOrNull(string? text) => IsoInstant.ParseOrNull(text);
}
