using System.Globalization;
using ExcelDataReader;
using InternalControl.Kernel.Time;

namespace InternalControl.Application.Import;

/// <summary>
/// The rows of one worksheet after its header row, as text: numbers in invariant digits (a whole number without a
/// decimal point), dates as ISO dates (<c>2026-09-14</c>), so that a value typed into a spreadsheet reads as the same
/// value written into a CSV file. The workbook's reader stays open; the <see cref="WorkbookSource"/> disposes it.
/// </summary>
internal sealed class SheetRecords : ITableRecords
{
    private readonly IExcelDataReader _reader;
    private readonly string[] _headers;

    /// <summary>Reads the header from the row the reader stands on.</summary>
    public SheetRecords(IExcelDataReader reader)
    {
        _reader = reader;
        _headers = Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i)).Trim()).ToArray();
        HeaderCount = Array.FindLastIndex(_headers, h => h.Length > 0) + 1;
    }

    public int HeaderCount { get; }

    public IReadOnlyList<string> Headers => _headers[..HeaderCount];

    public int FieldCount => _reader.FieldCount;

    public int IndexOf(string column) => Array.IndexOf(_headers, column, 0, HeaderCount);

    public bool Read() => _reader.Read();

    public string GetString(int index) => index < _reader.FieldCount ? Text(_reader.GetValue(index)) : "";

    public void Dispose()
    {
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string text => text,
        double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 => ((long)number).ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date when date.TimeOfDay == TimeSpan.Zero => IsoDate.Text(DateOnly.FromDateTime(date)),
        DateTime date => date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
