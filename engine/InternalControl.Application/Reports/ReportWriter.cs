using System.Text;
using ClosedXML.Excel;
using InternalControl.Localization;

namespace InternalControl.Application.Reports;

/// <summary>Writes a <see cref="ReportTable"/> as a file a deputy opens: CSV (UTF-8 with BOM) or XLSX.</summary>
public static class ReportWriter
{
    // Excel's built-in short date: shown in the reader's own date format wherever the file is opened.
    private const int ShortDateFormatId = 14;

    /// <summary>
    /// Writes CSV: UTF-8 with a BOM (so Excel reads Cyrillic), the reader's list separator (";" where the decimal
    /// separator is a comma), numbers and dates in the reader's culture, the title on the first line and the notes last.
    /// </summary>
    public static void WriteCsv(ReportTable table, string path, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(localizer);
        var culture = localizer.Culture;
        var separator = string.IsNullOrEmpty(culture.TextInfo.ListSeparator) ? "," : culture.TextInfo.ListSeparator;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
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
    public static void WriteXlsx(ReportTable table, string path, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(localizer);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(table.Name));
        sheet.Cell(1, 1).SetValue(table.Title);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var cell = sheet.Cell(2, c + 1);
            cell.SetValue(table.Columns[c].Heading);
            cell.Style.Font.Bold = true;
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                Put(sheet.Cell(r + 3, c + 1), row[c]);
            }
        }

        var noteRow = table.Rows.Count + 4;
        foreach (var note in table.Notes)
        {
            sheet.Cell(noteRow++, 1).SetValue(note);
        }

        sheet.SheetView.FreezeRows(2);

        // Widths from the text lengths: AdjustToContents measures fonts through System.Drawing (libgdiplus), absent on Linux.
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var longest = table.Rows.Select(r => c < r.Count ? r[c].Format(localizer.Culture).Length : 0)
                .Append(table.Columns[c].Heading.Length)
                .Max();
            sheet.Column(c + 1).Width = Math.Clamp(longest + 2, 6, 60);
        }

        workbook.SaveAs(path);
    }

    private static void Put(IXLCell cell, ReportCell value)
    {
        switch (value.Kind)
        {
            case ReportCellKind.Text:
                // As text, never a formula: a name from an imported file may start with "=".
                cell.SetValue(value.Text ?? string.Empty);
                cell.DataType = XLDataType.Text;
                break;
            case ReportCellKind.Integer:
                cell.SetValue(value.Number!.Value);
                cell.Style.NumberFormat.Format = "0";
                break;
            case ReportCellKind.Decimal:
            case ReportCellKind.Percent:
                cell.SetValue(value.Number!.Value);
                cell.Style.NumberFormat.Format = "0.0";
                break;
            case ReportCellKind.Date:
                cell.SetValue(value.Date!.Value.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.NumberFormatId = ShortDateFormatId;
                break;
        }
    }

    // A sheet name has at most 31 characters and none of : \ / ? * [ ].
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(ch => ":\\/?*[]".IndexOf(ch, StringComparison.Ordinal) < 0).ToArray());
        return clean.Length == 0 ? "report" : clean[..Math.Min(31, clean.Length)];
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
