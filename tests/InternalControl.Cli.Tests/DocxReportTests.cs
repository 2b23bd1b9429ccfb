using System.Globalization;
using System.Text.Json;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

/// <summary>`ic report NAME --format docx --out F`: the documents a school hands in, read back with DocumentFormat.OpenXml.</summary>
public sealed class DocxReportTests
{
    [Fact]
    public void Report59_DocxInKyrgyz_HeadingAndOneRowPerCase()
    {
        // Arrange: 5.7 opens a low-achiever case per pupil and subject; 5.9 reports on each.
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var json = JsonDocument.Parse(school.Run("report", "report-5-9", "--json", "--lang", "ky").Out).RootElement;

        // Act
        var (run, path) = school.Report("report-5-9", "docx", "--lang", "ky");

        // Assert: the title is the document's heading; the table's first row is the columns, then one row per case, cell for cell.
        Assert.Equal(0, run.ExitCode);
        var document = DocxDocument.Read(path);
        Assert.Equal([json.GetProperty("title").GetString()!], document.Headings);
        Assert.StartsWith("Сабакты начар", document.Headings[0], StringComparison.Ordinal);
        var table = Assert.Single(document.Tables);
        Assert.Equal(("Окуучунун аты-жөнү", "Класс"), (table[0][0], table[0][1]));
        var rows = json.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString() ?? "").ToList()).ToList();
        Assert.True(rows.Count > 0);
        Assert.Equal(rows, table.Skip(1).Select(r => r.ToList()));
        Assert.Equal("ky-KG", document.Language);
        Assert.Equal("Sample", document.Paragraphs[0].Text);
    }

    [Fact]
    public void YearlySummary_DocxInKazakh_ColumnsInKazakhAndTheYearColumn()
    {
        // Arrange: 9.3, the administration's yearly analytical report.
        using var school = new SchoolFixture();
        school.Run("evaluate");

        // Act
        var (run, path) = school.Report("yearly-summary", "docx", "--lang", "kk");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var document = DocxDocument.Read(path);
        Assert.StartsWith("Үлгерімі төмен", document.Headings.Single(), StringComparison.Ordinal);
        var table = Assert.Single(document.Tables);
        Assert.Equal(["Көрсеткіш", "Сынып", "1-тоқсан", "2-тоқсан", "3-тоқсан", "4-тоқсан", "Жыл бойынша"], table[0]);
        var opened = JsonDocument.Parse(school.Run("cases", "--json").Out).RootElement.EnumerateArray().Count(c => c.GetProperty("workflow").GetString() == "low-achiever");
        Assert.Equal(opened.ToString(CultureInfo.InvariantCulture), table[1][^1]);
    }

    [Fact]
    public void Monthly_DocxInRussian_OneRowPerClassTeacherWithTheirCounts()
    {
        // Arrange: 6.5, the class teacher's monthly report after one home visit is recorded.
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var expected = JsonDocument.Parse(school.Run("report", "monthly", "--month", "2026-11", "--json", "--lang", "ru").Out).RootElement;

        // Act
        var (run, path) = school.Report("monthly", "docx", "--month", "2026-11", "--lang", "ru");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var document = DocxDocument.Read(path);
        Assert.Equal([expected.GetProperty("title").GetString()!], document.Headings);
        Assert.Contains("ноябрь 2026", document.Headings[0], StringComparison.Ordinal);
        var table = Assert.Single(document.Tables);
        Assert.Equal("Классный руководитель", table[0][0]);
        Assert.Equal(expected.GetProperty("rows").GetArrayLength() + 1, table.Count);
        Assert.StartsWith("Подпись", document.Paragraphs[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quality_Docx_IsRefusedAndNamesTheDocuments()
    {
        // Arrange
        using var school = new SchoolFixture();

        // Act
        var (run, path) = school.Report("quality", "docx", "--lang", "en");

        // Assert: nothing is written, and the message lists what is written as docx.
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"quality\" is not written as a document file; document files are written for report-5-9, report-5-10, yearly-summary, monthly", run.Out + run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Report510_Docx_IsOwnerOnly()
    {
        using var school = new SchoolFixture();
        var (run, path) = school.Report("report-5-10", "docx", "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        // Windows has no Unix file modes; CI runs on Linux.
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.Single(DocxDocument.Read(path).Tables);
    }
}
