namespace InternalControl.Application.Import;

/// <summary>A folder of CSV files, one per entity (<c>pupils.csv</c>, <c>marks.csv</c>, ...); other files are not read.</summary>
internal sealed class FolderSource : ImportSource
{
    private readonly string _folder;

    private FolderSource(string folder) => _folder = folder;

    /// <summary>The folder, or null (reported) when a file or the files together are over <paramref name="limits"/>.</summary>
    public static FolderSource? Create(string folder, ImportLimits limits, ImportErrors errors)
    {
        var total = 0L;
        var over = false;
        foreach (var entity in ImportOutcome.Entities)
        {
            var file = new FileInfo(Path.Combine(folder, entity + ".csv"));
            if (file.Exists)
            {
                over |= OverFileLimit(file.Name, file.Length, limits, errors);
                total += file.Length;
            }
        }

        over |= OverTotalLimit(total, limits, errors);
        return over ? null : new FolderSource(folder);
    }

    public override string NoTablesKey => "Import.NoFiles";

    public override string TableName(string entity) => entity + ".csv";

    public override ITableRecords? Open(string entity, ImportErrors errors, out bool present)
    {
        var file = TableName(entity);
        var path = Path.Combine(_folder, file);
        present = File.Exists(path);
        if (!present)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(file, 0, "", "Import.FileUnreadable");
            return null;
        }

        return CsvRecords.Open(file, bytes, errors);
    }
}
