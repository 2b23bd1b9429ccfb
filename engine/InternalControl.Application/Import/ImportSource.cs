namespace InternalControl.Application.Import;

/// <summary>
/// Where the tables of an import come from: a folder of CSV files, a ZIP archive of them, or an XLSX workbook with one
/// sheet per file. Each source finds a table by its entity name (<c>pupils</c> opens <c>pupils.csv</c> or the sheet
/// <c>pupils</c>) and hands its records to <see cref="CsvTable"/>, which checks them the same way for every source.
/// </summary>
internal abstract class ImportSource : IDisposable
{
    /// <summary>The name errors give a table of <paramref name="entity"/>: the file name, or the sheet name.</summary>
    public abstract string TableName(string entity);

    /// <summary>The text that says the source holds none of its tables (its argument lists their names).</summary>
    public abstract string NoTablesKey { get; }

    /// <summary>
    /// The records of <paramref name="entity"/>'s table. Null when there is none (<paramref name="present"/> false) or when
    /// it cannot be read as a table (the reasons go to <paramref name="errors"/>).
    /// </summary>
    public abstract ITableRecords? Open(string entity, ImportErrors errors, out bool present);

    public virtual void Dispose()
    {
    }

    /// <summary>
    /// The source at <paramref name="path"/>: a folder, a <c>.zip</c> or an <c>.xlsx</c> file. Null (reported) when it is
    /// none of these, cannot be opened or is over <paramref name="limits"/>.
    /// </summary>
    public static ImportSource? Open(string path, ImportLimits limits, ImportErrors errors)
    {
        if (Directory.Exists(path))
        {
            return FolderSource.Create(path, limits, errors);
        }

        if (!File.Exists(path))
        {
            errors.Add("", 0, "", "Import.FolderMissing", path);
            return null;
        }

        var extension = Path.GetExtension(path);
        if (extension.Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return ZipSource.Create(path, limits, errors);
        }

        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return WorkbookSource.Create(path, limits, errors);
        }

        errors.Add(Path.GetFileName(path), 0, "", "Import.UnknownSource");
        return null;
    }

    /// <summary>Reports a file over the per-file limit; true when it is.</summary>
    protected static bool OverFileLimit(string file, long bytes, ImportLimits limits, ImportErrors errors)
    {
        if (bytes <= limits.FileBytes)
        {
            return false;
        }

        errors.Add(file, 0, "", "Import.FileTooLarge", ImportLimits.Megabytes(bytes), ImportLimits.Megabytes(limits.FileBytes));
        return true;
    }

    /// <summary>Reports files over the total limit together; true when they are.</summary>
    protected static bool OverTotalLimit(long bytes, ImportLimits limits, ImportErrors errors)
    {
        if (bytes <= limits.TotalBytes)
        {
            return false;
        }

        errors.Add("", 0, "", "Import.TotalTooLarge", ImportLimits.Megabytes(bytes), ImportLimits.Megabytes(limits.TotalBytes));
        return true;
    }
}
