using System.Text;
using ExcelDataReader;

namespace InternalControl.Testing;

/// <summary>
/// The first worksheet of an XLSX file as a spreadsheet program reads it back: each cell's typed value
/// (a string, a double, or a DateTime where the cell's number format is a date) and its number format.
/// Rows and columns count from 1, as in the spreadsheet.
/// </summary>
public sealed class XlsxSheet
{
    private readonly List<object?[]> values = [];
    private readonly List<string?[]> formats = [];

    // ExcelDataReader's configuration names code page 1252 as its fallback even for XLSX, whose text is UTF-8;
    // .NET has the code pages but registers them only on request.
    static XlsxSheet() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private XlsxSheet()
    {
    }

    /// <summary>Reads the first worksheet of the file at <paramref name="path"/>.</summary>
    public static XlsxSheet Read(string path)
    {
        var sheet = new XlsxSheet();
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        while (reader.Read())
        {
            var rowValues = new object?[reader.FieldCount];
            var rowFormats = new string?[reader.FieldCount];
            for (var c = 0; c < reader.FieldCount; c++)
            {
                rowValues[c] = reader.GetValue(c);
                rowFormats[c] = reader.GetNumberFormatString(c);
            }

            sheet.values.Add(rowValues);
            sheet.formats.Add(rowFormats);
        }

        return sheet;
    }

    /// <summary>The number of rows, up to the last one that holds a cell.</summary>
    public int RowCount => values.Count;

    /// <summary>The cell's value: null for an empty cell or one past the sheet's end.</summary>
    public object? Value(int row, int column) =>
        row >= 1 && row <= values.Count && column >= 1 && column <= values[row - 1].Length ? values[row - 1][column - 1] : null;

    /// <summary>The cell's number format ("General" where none was set), or null past the sheet's end.</summary>
    public string? NumberFormat(int row, int column) =>
        row >= 1 && row <= formats.Count && column >= 1 && column <= formats[row - 1].Length ? formats[row - 1][column - 1] : null;

    /// <summary>The text of a string cell; fails when the cell holds anything else.</summary>
    public string Text(int row, int column) => Value(row, column) as string
        ?? throw new InvalidOperationException($"Cell ({row}, {column}) holds {Describe(Value(row, column))}, not text.");

    /// <summary>The value of a number cell; fails when the cell holds text, a date or nothing.</summary>
    public double Number(int row, int column) => Value(row, column) is double number
        ? number
        : throw new InvalidOperationException($"Cell ({row}, {column}) holds {Describe(Value(row, column))}, not a number.");

    /// <summary>The value of a date cell (a number with a date format); fails when the cell holds anything else.</summary>
    public DateTime Date(int row, int column) => Value(row, column) is DateTime date
        ? date
        : throw new InvalidOperationException($"Cell ({row}, {column}) holds {Describe(Value(row, column))}, not a date.");

    private static string Describe(object? value) => value is null ? "nothing" : $"{value.GetType().Name} '{value}'";
}
