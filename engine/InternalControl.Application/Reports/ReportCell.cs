using System.Globalization;
using InternalControl.Localization;

namespace InternalControl.Application.Reports;

/// <summary>
/// One typed cell of a report. Numbers and dates stay numbers and dates until a renderer formats
/// them in the reader's culture, so a spreadsheet receives real numbers and a CSV the reader's separators.
/// </summary>
public sealed record ReportCell
{
    private ReportCell(ReportCellKind kind, string? text, double? number, DateOnly? date)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Date = date;
    }

    /// <summary>The empty cell.</summary>
    public static ReportCell Empty { get; } = new(ReportCellKind.Empty, null, null, null);

    public ReportCellKind Kind { get; }

    /// <summary>The text of a <see cref="ReportCellKind.Text"/> cell.</summary>
    public string? Text { get; }

    /// <summary>The value of an integer, decimal or percent cell (percent as 0-100).</summary>
    public double? Number { get; }

    /// <summary>The value of a date cell.</summary>
    public DateOnly? Date { get; }

    public static ReportCell Of(string? text) => text is null ? Empty : new(ReportCellKind.Text, text, null, null);

    public static ReportCell Of(int value) => new(ReportCellKind.Integer, null, value, null);

    public static ReportCell Of(int? value) => value is { } v ? Of(v) : Empty;

    public static ReportCell Of(DateOnly date) => new(ReportCellKind.Date, null, null, date);

    public static ReportCell Decimal(double? value) => value is { } v ? new(ReportCellKind.Decimal, null, v, null) : Empty;

    public static ReportCell Percent(double? value) => value is { } v ? new(ReportCellKind.Percent, null, v, null) : Empty;

    /// <summary>The cell as the reader sees it on screen or in a CSV: numbers and dates in the reader's culture.</summary>
    public string Format(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Kind switch
        {
            ReportCellKind.Text => Text ?? string.Empty,
            ReportCellKind.Integer => ((long)Number!.Value).ToString("0", culture),
            ReportCellKind.Decimal => Number!.Value.ToString("0.0", culture),
            ReportCellKind.Percent => Number!.Value.ToString("0.0", culture),
            ReportCellKind.Date => Date!.Value.ToString("d", culture),
            _ => string.Empty,
        };
    }

    /// <summary>The cell for a reader of <paramref name="localizer"/>'s language.</summary>
    public string Format(Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return Format(localizer.Culture);
    }
}
