using System.IO.Compression;
using SpreadCheetah;

namespace InternalControl.Testing;

/// <summary>
/// Import files built at test time from CSV texts (file name to content): an XLSX workbook with one sheet per file,
/// named as the file without <c>.csv</c>, written with SpreadCheetah, or a ZIP archive of the files.
/// </summary>
public static class ImportFiles
{
    /// <summary>
    /// Writes a workbook: each line of a file becomes a row, each comma-separated value a text cell (the texts hold no
    /// quoted commas). A value written as <c>#42</c> becomes the number 42, as a spreadsheet program stores a typed number.
    /// </summary>
    public static void Workbook(string path, IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var stream = File.Create(path);
        WriteAsync(stream, files).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Writes a ZIP archive of the files, each under <paramref name="folder"/> ("" for the archive's root); a value written
    /// as <c>#42</c> is written as <c>42</c>, so that the same texts make a workbook and an archive.
    /// </summary>
    public static void Zip(string path, IReadOnlyDictionary<string, string> files, string folder = "")
    {
        ArgumentNullException.ThrowIfNull(files);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in files)
        {
            var entry = archive.CreateEntry(folder.Length == 0 ? name : folder + "/" + name);
            using var writer = new StreamWriter(entry.Open());
            writer.Write(string.Join("\n", content.Split('\n').Select(l => string.Join(",", l.Split(',').Select(v => v.StartsWith('#') ? v[1..] : v)))) + "\n");
        }
    }

    private static async Task WriteAsync(Stream stream, IReadOnlyDictionary<string, string> files)
    {
        var spreadsheet = await Spreadsheet.CreateNewAsync(stream).ConfigureAwait(false);
        await using (spreadsheet.ConfigureAwait(false))
        {
            foreach (var (name, content) in files)
            {
                await spreadsheet.StartWorksheetAsync(Path.GetFileNameWithoutExtension(name)).ConfigureAwait(false);
                foreach (var line in content.Split('\n'))
                {
                    var cells = line.TrimEnd('\r').Split(',')
                        .Select(v => v.StartsWith('#') && double.TryParse(v[1..], System.Globalization.CultureInfo.InvariantCulture, out var n) ? new DataCell(n) : new DataCell(v))
                        .ToArray();
                    await spreadsheet.AddRowAsync(line.Trim().Length == 0 ? [] : cells).ConfigureAwait(false);
                }
            }

            await spreadsheet.FinishAsync().ConfigureAwait(false);
        }
    }
}
