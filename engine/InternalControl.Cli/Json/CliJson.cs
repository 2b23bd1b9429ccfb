using System.Text.Encodings.Web;
using System.Text.Json;

namespace InternalControl.Cli.Json;

/// <summary>
/// The one JSON convention of `ic --json`: snake_case names, indented, Cyrillic as it is. The libraries return objects;
/// the host turns them into the DTOs of this folder and serializes them here.
/// </summary>
internal static class CliJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);
}
