using SpreadCheetah;
using SpreadCheetah.Styling;

namespace InternalControl.Application.Reports;

/// <summary>The styles of a report's workbook, and the spreadsheet cell each kind of report cell becomes.</summary>
internal sealed class XlsxStyles
{
    public XlsxStyles(Spreadsheet spreadsheet)
    {
        Bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        Integer = spreadsheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.NoDecimalPlaces) });
        Decimal = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("0.0") });

        // Excel's built-in short date (format 14): shown in the reader's own date format wherever the file is opened.
        Date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.ShortDate) });
    }

    /// <summary>The title and the headings.</summary>
    public StyleId Bold { get; }

    /// <summary>A whole number: "0".</summary>
    public StyleId Integer { get; }

    /// <summary>A mean or a percent (0-100): "0.0".</summary>
    public StyleId Decimal { get; }

    /// <summary>A date.</summary>
    public StyleId Date { get; }

    /// <summary>
    /// The cell as a spreadsheet holds it: numbers as numbers, dates as dates, and text always as a string,
    /// never a formula (a name from an imported file may start with "=").
    /// </summary>
    public Cell Cell(ReportCell value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Kind switch
        {
            ReportCellKind.Text => new Cell(value.Text ?? string.Empty),
            ReportCellKind.Integer => new Cell(value.Number!.Value, Integer),
            ReportCellKind.Decimal or ReportCellKind.Percent => new Cell(value.Number!.Value, Decimal),
            ReportCellKind.Date => new Cell(value.Date!.Value.ToDateTime(TimeOnly.MinValue), Date),
            _ => default,
        };
    }
}
