using System.Globalization;
using InternalControl.Localization;

namespace InternalControl.Application.Import;

/// <summary>
/// One bad value in an import folder, located as a spreadsheet shows it: the file, the row (the header
/// is row 1) and the column's header name ("" when the error is about the whole file).
/// </summary>
/// <param name="File">The file name, such as marks.csv, or the sheet name, such as marks, of a workbook ("" for the folder itself).</param>
/// <param name="Row">The 1-based row; 0 when the error is about the file or the folder.</param>
/// <param name="Column">The header name of the column, or "".</param>
/// <param name="Key">The text's key in the Import catalog.</param>
/// <param name="Args">The text's arguments, formatted in the reader's culture.</param>
public sealed record ImportError(string File, int Row, string Column, string Key, IReadOnlyList<object?> Args)
{
    /// <summary>The workbook's file name when <see cref="File"/> is one of its sheets, else null.</summary>
    public string? Workbook { get; init; }

    /// <summary>The file, or the workbook and its sheet, in the reader's language ("school.xlsx, sheet "marks"").</summary>
    public string Place(CultureInfo culture) => Workbook is null ? File : Texts.Get("Import.Sheet", culture, Workbook, File);

    /// <summary>What is wrong, in the reader's language.</summary>
    public string Message(CultureInfo culture) => Texts.Get(Key, culture, [.. Args]);

    /// <summary>The message with its place in front ("marks.csv, row 12, column value: ...").</summary>
    public string Describe(CultureInfo culture)
    {
        var message = Message(culture);
        if (File.Length == 0)
        {
            return message;
        }

        if (Workbook is not null)
        {
            return Row == 0 ? Texts.Get("Import.Place.Sheet", culture, Workbook, File, message)
                : Column.Length == 0 ? Texts.Get("Import.Place.SheetRow", culture, Workbook, File, Row, message)
                : Texts.Get("Import.Place.SheetCell", culture, Workbook, File, Row, Column, message);
        }

        if (Row == 0)
        {
            return Texts.Get("Import.Place.File", culture, File, message);
        }

        return Column.Length == 0
            ? Texts.Get("Import.Place.Row", culture, File, Row, message)
            : Texts.Get("Import.Place.Cell", culture, File, Row, Column, message);
    }
}
