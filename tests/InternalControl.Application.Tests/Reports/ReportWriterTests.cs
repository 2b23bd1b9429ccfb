using System.Text;
using InternalControl.Application.Reports;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Testing;

namespace InternalControl.Application.Tests.Reports;
public sealed class ReportWriterTests
{
    private static SchoolData Data() => Some.School(Country.Kg).Class("5A", 5)
        .Pupil("p1", ("math", [5, 4])).Pupil("p2", ("math", [2, 3])).Pupil("p3", ("math", [3])).Pupil("p4", ("math", [5]))
        .Build();

    [Fact]
    public void WriteCsv_RussianReader_BomSemicolonAndDecimalComma()
    {
        // Arrange
        using var folder = new TempFolder();
        var ru = new Localizer(Language.Ru);
        var table = SchoolReports.Build("quality", Data(), new ReportOptions(1), ru);
        var path = folder.File("quality.csv");

        // Act
        ReportWriter.WriteCsv(table, path, ru);

        // Assert: p1 4.5 -> 5, p2 2.5 -> 3, p3 3, p4 5: success 100, quality 50
        var bytes = File.ReadAllBytes(path);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        Assert.Equal(
            (true, "5A;Математика;Асанова Г.;4;2;0;2;0;0;100,0;50,0;средний балл текущих оценок (прогноз);По предмету, по итоговым оценкам"),
            (bytes.AsSpan(0, 3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), lines[2]));
    }

    [Fact]
    public void WriteCsv_TextLikeAFormula_IsDefused()
    {
        // Arrange
        using var folder = new TempFolder();
        var en = new Localizer(Language.En);
        var table = new ReportTable("x", "T", [new ReportColumn("k", "H")], [[ReportCell.Of("=HYPERLINK(1)")]], []);
        var path = folder.File("x.csv");

        // Act
        ReportWriter.WriteCsv(table, path, en);

        // Assert
        Assert.Equal("'=HYPERLINK(1)", File.ReadAllLines(path)[2]);
    }

    [Fact]
    public void WriteXlsx_KyrgyzReader_HeadingReadsBackInKyrgyz()
    {
        // Arrange
        using var folder = new TempFolder();
        var ky = new Localizer(Language.Ky);
        var table = SchoolReports.Build("quality", Data(), new ReportOptions(1), ky);
        var path = folder.File("quality.xlsx");

        // Act
        ReportWriter.WriteXlsx(table, path, ky);

        // Assert
        var column = table.ColumnIndex("Reports.Column.Quality") + 1;
        Assert.Equal("Билим сапаты, %", XlsxSheet.Read(path).Text(2, column));
    }

    [Fact]
    public void WriteXlsx_Percent_StoredAsNumber()
    {
        // Arrange
        using var folder = new TempFolder();
        var ky = new Localizer(Language.Ky);
        var table = SchoolReports.Build("quality", Data(), new ReportOptions(1), ky);
        var path = folder.File("quality.xlsx");

        // Act
        ReportWriter.WriteXlsx(table, path, ky);

        // Assert
        var sheet = XlsxSheet.Read(path);
        var column = table.ColumnIndex("Reports.Column.Quality") + 1;
        Assert.Equal((50.0, "0.0"), (sheet.Number(3, column), sheet.NumberFormat(3, column)));
    }

    [Fact]
    public void WriteXlsx_CountDateAndNote_RealCellsAndTheNoteBelowAnEmptyRow()
    {
        // Arrange
        using var folder = new TempFolder();
        var ru = new Localizer(Language.Ru);
        var table = new ReportTable(
            "x",
            "T",
            [new ReportColumn("count", "Количество"), new ReportColumn("date", "Дата")],
            [[ReportCell.Of(3), ReportCell.Of(new DateOnly(2026, 11, 26))]],
            ["Примечание"]);
        var path = folder.File("x.xlsx");

        // Act
        ReportWriter.WriteXlsx(table, path, ru);

        // Assert
        var sheet = XlsxSheet.Read(path);
        Assert.Equal(
            (3.0, "0", new DateTime(2026, 11, 26), (object?)null, "Примечание"),
            (sheet.Number(3, 1), sheet.NumberFormat(3, 1), sheet.Date(3, 2), sheet.Value(4, 1), sheet.Text(5, 1)));
    }

    [Fact]
    public void WriteXlsx_TextLikeAFormula_StaysText()
    {
        // Arrange
        using var folder = new TempFolder();
        var en = new Localizer(Language.En);
        var table = new ReportTable("x", "T", [new ReportColumn("k", "H")], [[ReportCell.Of("=HYPERLINK(1)")]], []);
        var path = folder.File("x.xlsx");

        // Act
        ReportWriter.WriteXlsx(table, path, en);

        // Assert: a formula would read back as its (absent) cached value, not as this text.
        Assert.Equal("=HYPERLINK(1)", XlsxSheet.Read(path).Text(3, 1));
    }
}
