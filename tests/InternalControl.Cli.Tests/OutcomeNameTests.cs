using System.Globalization;
using System.Text.Json;

namespace InternalControl.Cli.Tests;

/// <summary>
/// A teacher at a terminal reads a task's outcomes by their names in their language and answers with one of them: `ic
/// tasks` shows no codes, and `ic complete --outcome` takes the name as well as the code.
/// </summary>
public sealed class OutcomeNameTests
{
    [Fact]
    public void Tasks_InKyrgyz_ShowsTheOutcomesByNameWithoutTheirCodes()
    {
        // Arrange
        using var school = new SchoolFixture();
        school.Run("evaluate");

        // Act
        var shown = school.Run("tasks", "--lang", "ky");

        // Assert: 5.10 "no change" reads as the Kyrgyz words, and the code beside it is gone.
        shown.AssertOut(0, "өзгөрүү жок");
        Assert.DoesNotContain("no_change", shown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_OutcomeByItsKyrgyzName_CompletesTheTaskAsTheCodeWould()
    {
        // Arrange: a subject teacher's 5.1-5.9 task.
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var task = JsonDocument.Parse(school.Run("tasks", "--json").Out).RootElement.EnumerateArray()
            .First(t => t.GetProperty("step").GetString() == "individual_work");
        var id = task.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        // Act: the name as `ic tasks` shows it, in other letter case.
        var run = school.Run("complete", id, "--outcome", "Өзгөрүү жок", "--field", "problems=бөлчөктөр", "--lang", "ky");

        // Assert: 5.10, the case moved to the report with the dates of informing; the message names the outcome.
        run.AssertOut(0, "өзгөрүү жок");
        var moved = JsonDocument.Parse(school.Run("cases", "--json").Out).RootElement.EnumerateArray()
            .Single(c => c.GetProperty("pupil").GetString() == task.GetProperty("pupil").GetString()
                && c.GetProperty("subject").GetString() == task.GetProperty("subject").GetString());
        Assert.Contains("report_5_10", moved.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
    }
}
