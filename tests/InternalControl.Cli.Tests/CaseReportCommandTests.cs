using System.Globalization;
using System.Text.Json;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

/// <summary>`ic report report-5-9 | report-5-10 | yearly-summary`: regulation No. 97's reports over the sample school's cases.</summary>
public sealed class CaseReportCommandTests
{
    [Fact]
    public void Report510_AfterNoChangeAndFiled_ListsBothInformedDatesInRussian()
    {
        // Arrange: 5.10, no change after 5.1-5.9; the teacher files the report with the dates of informing.
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var work = FirstTask(school, "individual_work");
        school.Run("complete", work, "--outcome", "no_change", "--field", "problems=дроби", "--field", "questioning=устный опрос");
        school.Run("complete", FirstTask(school, "report_5_10"), "--outcome", "filed", "--field", "class_teacher_informed=2026-11-25", "--field", "parent_informed=2026-11-26");

        // Act
        var run = school.Run("report", "report-5-10", "--json", "--lang", "ru");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var report = JsonDocument.Parse(run.Out).RootElement;
        var row = Assert.Single(report.GetProperty("rows").EnumerateArray()).EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(("дроби", "устный опрос", "25.11.2026", "26.11.2026"), (row[4], row[5], row[8], row[9]));
    }

    [Fact]
    public void YearlySummary_XlsxForARussianReader_HeadingsInRussian()
    {
        // Arrange: 9.3, the administration's yearly analytical report.
        using var school = new SchoolFixture();
        school.Run("evaluate");

        // Act
        var (run, path) = school.Report("yearly-summary", "xlsx", "--lang", "ru");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var sheet = XlsxSheet.Read(path);
        Assert.Equal(
            ("Аналитическая справка о работе со слабоуспевающими учащимися, 2026-2027 учебный год (9.3)", "Показатель", "1-я четверть", "За год"),
            (sheet.Text(1, 1), sheet.Text(2, 1), sheet.Text(2, 3), sheet.Text(2, 7)));
    }

    [Fact]
    public void Report59_AfterEvaluate_ListsEveryLowAchieverCase()
    {
        // Arrange: 5.7 opens a case per pupil and subject; 5.9 reports on each.
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var cases = JsonDocument.Parse(school.Run("cases", "--json").Out).RootElement.EnumerateArray()
            .Count(c => c.GetProperty("workflow").GetString() == "low-achiever");

        // Act
        var run = school.Run("report", "report-5-9", "--json", "--lang", "ky");

        // Assert
        Assert.Equal((0, cases), (run.ExitCode, JsonDocument.Parse(run.Out).RootElement.GetProperty("rows").GetArrayLength()));
    }

    [Fact]
    public void Report59_BadQuarter_IsAUserError()
    {
        using var school = new SchoolFixture();

        var run = school.Run("report", "report-5-9", "--quarter", "5", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the quarter must be 1, 2, 3 or 4, not 5", run.Out + run.Error);
    }

    private static string FirstTask(SchoolFixture school, string step) =>
        JsonDocument.Parse(school.Run("tasks", "--json").Out).RootElement.EnumerateArray()
            .First(t => t.GetProperty("step").GetString() == step)
            .GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
}
