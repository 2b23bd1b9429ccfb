using System.Globalization;
using System.Text.Json;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;

namespace InternalControl.Application.Demo;
/// <summary>What a sample folder's sample.json says of its school: country, name, languages, year and the date its marks run to.</summary>
public sealed record SampleManifest(Country Country, string Name, IReadOnlyList<Language> Languages, string Year, DateOnly AsOf)
{
    /// <summary>The shipped sample folders, beside the program (copied there from samples/ at build).</summary>
    public static string SamplesRoot => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>Reads a sample folder's sample.json.</summary>
    public static SampleManifest Read(string folder)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "sample.json")));
        var root = doc.RootElement;
        return new SampleManifest(
            Codes.TryParseCountry(root.GetProperty("country").GetString(), out var c) ? c : throw new FormatException("country"),
            root.GetProperty("name").GetString() ?? throw new FormatException("name"),
            root.GetProperty("languages").EnumerateArray()
                .Select(l => InternalControl.Localization.Languages.TryParse(l.GetString(), out var lang) ? lang.Value : throw new FormatException("languages"))
                .ToList(),
            root.GetProperty("year").GetString() ?? throw new FormatException("year"),
            IsoDate.Parse(root.GetProperty("as_of").GetString() ?? ""));
    }
}
