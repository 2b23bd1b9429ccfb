using InternalControl.Application.Reports;
using InternalControl.Localization;

namespace InternalControl.Application.Tests.Reports;
/// <summary>Reads cells of a report by row filter and column key.</summary>
internal static class TableAssert
{
    public static IReadOnlyList<ReportCell> Row(ReportTable table, string columnKey, string text) =>
        table.Rows.Single(r => r[table.ColumnIndex(columnKey)].Text == text);

    public static IReadOnlyList<ReportCell> Row(ReportTable table, params (string Key, string Text)[] match) =>
        table.Rows.Single(r => match.All(m => r[table.ColumnIndex(m.Key)].Text == m.Text));

    public static ReportCell Cell(ReportTable table, IReadOnlyList<ReportCell> row, string columnKey) => row[table.ColumnIndex(columnKey)];

    public static Localizer Ru => new(Language.Ru);
}
