namespace InternalControl.Application.Reports;

/// <summary>
/// A report as plain data: a title, column headings and rows of typed cells, all in one reader's
/// language, and notes that say how the figures were computed. Renderers (CSV, XLSX, the console)
/// only lay it out.
/// </summary>
/// <param name="Name">The report's name as the command line spells it ("quality").</param>
/// <param name="Title">The title in the reader's language.</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">The rows; each has one cell per column.</param>
/// <param name="Notes">How the figures were computed (variant, sources, parameters), in the reader's language.</param>
public sealed record ReportTable(
    string Name,
    string Title,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<IReadOnlyList<ReportCell>> Rows,
    IReadOnlyList<string> Notes)
{
    /// <summary>The index of the column with <paramref name="key"/>, or -1.</summary>
    public int ColumnIndex(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}
