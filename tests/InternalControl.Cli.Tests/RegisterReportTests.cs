using System.Globalization;
using System.Text.Json;

namespace InternalControl.Cli.Tests;

public sealed class RegisterReportTests
{
    [Fact]
    public void Report_TeacherWork_ListsTheCompletedIndividualWorkOfTheMonth()
    {
        // Arrange: 6.5, the register of subject teachers' work with low achievers is kept from the journal.
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var task = JsonDocument.Parse(school.Run("tasks", "--json").Out).RootElement.EnumerateArray()
            .First(t => t.GetProperty("step").GetString() == "individual_work");
        school.Run("complete", task.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture), "--outcome", "no_change", "--field", "problems=дроби");

        // Act
        var run = school.Run("report", "teacher-work", "--month", "2026-11", "--json", "--lang", "ru");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var report = JsonDocument.Parse(run.Out).RootElement;
        Assert.StartsWith("Работа учителей-предметников со слабоуспевающими, ноябрь 2026", report.GetProperty("title").GetString());
        var row = Assert.Single(report.GetProperty("rows").EnumerateArray());
        Assert.Contains(row.EnumerateArray(), cell => cell.ValueKind == JsonValueKind.String && cell.GetString() == "дроби");
    }

    [Fact]
    public void Report_BadMonth_IsAUserError()
    {
        using var school = new SchoolFixture();

        var run = school.Run("report", "monthly", "--month", "2026-13", "--lang", "en");

        run.AssertError(1, "--month must be written yyyy-MM, not \"2026-13\"");
    }
}
