namespace InternalControl.Application.Import;

/// <summary>
/// How large an import may be, in one place for the CLI and the web upload: each file (a CSV file, a CSV file inside a ZIP,
/// or a worksheet of an XLSX workbook, counted uncompressed) and all of them together. A 2,000-pupil school's year of
/// marks is about 10 MB of CSV, so the defaults leave room without letting one upload fill the memory or the disk.
/// </summary>
/// <param name="FileBytes">The largest one file may be.</param>
/// <param name="TotalBytes">The largest the files together may be (for a ZIP or a workbook, uncompressed).</param>
public sealed record ImportLimits(long FileBytes, long TotalBytes)
{
    /// <summary>64 MB per file, 128 MB together.</summary>
    public static ImportLimits Default { get; } = new(64L * 1024 * 1024, 128L * 1024 * 1024);

    /// <summary>A limit as a reader reads it: whole megabytes, rounded up.</summary>
    public static long Megabytes(long bytes) => (bytes + (1024 * 1024) - 1) / (1024 * 1024);
}
