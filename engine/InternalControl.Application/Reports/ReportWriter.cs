using System.Text;
using InternalControl.Application.Files;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace InternalControl.Application.Reports;

/// <summary>Writes a <see cref="ReportTable"/> as a file a deputy opens: CSV (UTF-8 with BOM), XLSX or DOCX.</summary>
public static class ReportWriter
{
    /// <summary>
    /// Writes the report in <paramref name="format"/> to <paramref name="path"/> (see <see cref="FileOutput"/>);
    /// <paramref name="header"/> is what a DOCX says above the table.
    /// </summary>
    /// <returns>Null when the file is written, else why not: the target is then as it was.</returns>
    public static Diagnostic? Write(ReportTable table, ReportFormat format, ReportHeader header, string path, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(localizer);

        // The file is built in memory first (SpreadCheetah writes asynchronously, a package wants to seek), then written whole.
        using var memory = new MemoryStream();
        Write(table, format, header, memory, localizer);
        return FileOutput.Write(path, file =>
        {
            memory.Position = 0;
            memory.CopyTo(file);
        });
    }

    /// <summary>Writes the report in <paramref name="format"/> to a stream the caller owns (a web download).</summary>
    public static void Write(ReportTable table, ReportFormat format, ReportHeader header, Stream stream, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(localizer);
        switch (format)
        {
            case ReportFormat.Csv:
                WriteCsv(table, stream, localizer.Culture);
                break;
            case ReportFormat.Xlsx:
                WriteXlsxAsync(table, stream, localizer).GetAwaiter().GetResult();
                break;
            case ReportFormat.Docx:
                ReportDocx.Write(table, header, stream, localizer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format.");
        }
    }

    /// <summary>The media type of a format, for a download.</summary>
    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Csv => "text/csv; charset=utf-8",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ReportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format."),
    };

    /// <summary>
    /// Writes CSV: UTF-8 with a BOM (so Excel reads Cyrillic), the reader's list separator (";" where the decimal
    /// separator is a comma), numbers and dates in the reader's culture, the title on the first line and the notes last.
    /// </summary>
    /// <returns>Null when the file is written, else why not (see <see cref="FileOutput"/>): the target is then as it was.</returns>
    public static Diagnostic? WriteCsv(ReportTable table, string path, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(localizer);
        return FileOutput.Write(path, stream => WriteCsv(table, stream, localizer.Culture));
    }

    private static void WriteCsv(ReportTable table, Stream stream, System.Globalization.CultureInfo culture)
    {
        var separator = string.IsNullOrEmpty(culture.TextInfo.ListSeparator) ? "," : culture.TextInfo.ListSeparator;
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        writer.WriteLine(Quote(table.Title, separator, isText: true));
        writer.WriteLine(string.Join(separator, table.Columns.Select(c => Quote(c.Heading, separator, isText: true))));
        foreach (var row in table.Rows)
        {
            writer.WriteLine(string.Join(separator, row.Select(c => Quote(c.Format(culture), separator, c.Kind == ReportCellKind.Text))));
        }

        foreach (var note in table.Notes)
        {
            writer.WriteLine(Quote(note, separator, isText: true));
        }
    }

    /// <summary>
    /// Writes XLSX: the title in the first row, the headings in the second (frozen), numbers as numbers
    /// (percents as 0-100 with one decimal), dates as dates, and the notes below the rows.
    /// </summary>
    /// <returns>Null when the file is written, else why not (see <see cref="FileOutput"/>): the target is then as it was.</returns>
    public static Diagnostic? WriteXlsx(ReportTable table, string path, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(localizer);

        // The workbook is built in memory, where each write completes at once (SpreadCheetah's writes are asynchronous).
        using var memory = new MemoryStream();
        WriteXlsxAsync(table, memory, localizer).GetAwaiter().GetResult();
        return FileOutput.Write(path, file =>
        {
            memory.Position = 0;
            memory.CopyTo(file);
        });
    }

    private static async Task WriteXlsxAsync(ReportTable table, Stream stream, Localizer localizer)
    {
        // Text keeps its leading and trailing spaces, as it was written.
        var spreadsheet = await Spreadsheet.CreateNewAsync(stream, new SpreadCheetahOptions { PreserveStringWhitespace = true })
            .ConfigureAwait(false);
        await using (spreadsheet.ConfigureAwait(false))
        {
            var options = new WorksheetOptions { FrozenRows = 2 };

            // Widths from the text lengths, as the reader sees them.
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var longest = table.Rows.Select(r => c < r.Count ? r[c].Format(localizer.Culture).Length : 0)
                    .Append(table.Columns[c].Heading.Length)
                    .Max();
                options.Column(c + 1).Width = Math.Clamp(longest + 2, 6, 60);
            }

            await spreadsheet.StartWorksheetAsync(SheetName(table.Name), options).ConfigureAwait(false);
            var styles = new XlsxStyles(spreadsheet);
            await spreadsheet.AddRowAsync([new Cell(table.Title, styles.Bold)]).ConfigureAwait(false);
            await spreadsheet.AddRowAsync(table.Columns.Select(c => new Cell(c.Heading, styles.Bold)).ToArray()).ConfigureAwait(false);
            foreach (var row in table.Rows)
            {
                await spreadsheet.AddRowAsync(row.Select(styles.Cell).ToArray()).ConfigureAwait(false);
            }

            if (table.Notes.Count > 0)
            {
                // One empty row between the rows and the notes.
                await spreadsheet.AddRowAsync(Array.Empty<Cell>()).ConfigureAwait(false);
                foreach (var note in table.Notes)
                {
                    await spreadsheet.AddRowAsync([new Cell(note)]).ConfigureAwait(false);
                }
            }

            await spreadsheet.FinishAsync().ConfigureAwait(false);
        }
    }

    // A sheet name has at most 31 characters, none of : \ / ? * [ ], does not start or end with a quote, and is not blank.
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(ch => ":\\/?*[]".IndexOf(ch, StringComparison.Ordinal) < 0).ToArray());
        clean = clean[..Math.Min(31, clean.Length)].Trim('\'');
        return string.IsNullOrWhiteSpace(clean) ? "report" : clean;
    }

    // Quotes a field when it holds the separator, a quote or a line break; a text that a spreadsheet would
    // take for a formula (=, +, -, @) gets a leading apostrophe, so an imported name cannot run as one.
    private static string Quote(string text, string separator, bool isText)
    {
        if (isText && text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        var needs = text.Contains(separator, StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
            || text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal);
        return needs ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
