using System.IO.Compression;

namespace InternalControl.Application.Import;

/// <summary>
/// A ZIP archive of the CSV files, at its root or in one folder inside it (as a folder compressed by a file manager is).
/// Entries are matched by file name, ignoring case; sizes are checked uncompressed before anything is read, so that a
/// small archive that unpacks to gigabytes is refused.
/// </summary>
internal sealed class ZipSource : ImportSource
{
    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly ImportLimits _limits;

    private ZipSource(ZipArchive archive, Dictionary<string, ZipArchiveEntry> entries, ImportLimits limits)
    {
        _archive = archive;
        _entries = entries;
        _limits = limits;
    }

    /// <summary>The archive, or null (reported) when it is not a ZIP, holds a file twice, or is over <paramref name="limits"/>.</summary>
    public static ZipSource? Create(string path, ImportLimits limits, ImportErrors errors)
    {
        var name = Path.GetFileName(path);
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            errors.Add(name, 0, "", "Import.ArchiveUnreadable");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(name, 0, "", "Import.FileUnreadable");
            return null;
        }

        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        var files = ImportOutcome.Entities.Select(e => e + ".csv").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var bad = false;
        var total = 0L;
        foreach (var entry in archive.Entries)
        {
            if (entry.Name.Length == 0 || !files.Contains(entry.Name))
            {
                continue;
            }

            if (!entries.TryAdd(entry.Name, entry))
            {
                errors.Add(entry.Name, 0, "", "Import.ArchiveDuplicate", name);
                bad = true;
                continue;
            }

            bad |= OverFileLimit(entry.Name, entry.Length, limits, errors);
            total += entry.Length;
        }

        bad |= OverTotalLimit(total, limits, errors);
        if (bad)
        {
            archive.Dispose();
            return null;
        }

        return new ZipSource(archive, entries, limits);
    }

    public override string NoTablesKey => "Import.NoFilesInArchive";

    public override string TableName(string entity) => entity + ".csv";

    public override ITableRecords? Open(string entity, ImportErrors errors, out bool present)
    {
        var file = TableName(entity);
        present = _entries.TryGetValue(file, out var entry);
        if (entry is null)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = ReadAtMost(entry, _limits.FileBytes);
        }
        catch (InvalidDataException)
        {
            errors.Add(file, 0, "", "Import.ArchiveUnreadable");
            return null;
        }

        // An entry whose header understates its size is refused as soon as it unpacks past the limit.
        if (bytes.LongLength > _limits.FileBytes)
        {
            OverFileLimit(file, bytes.LongLength, _limits, errors);
            return null;
        }

        return CsvRecords.Open(file, bytes, errors);
    }

    public override void Dispose() => _archive.Dispose();

    private static byte[] ReadAtMost(ZipArchiveEntry entry, long limit)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > limit)
            {
                break;
            }
        }

        return copy.ToArray();
    }
}
