using System.Text.Json;

namespace InternalControl.Cli.Tests;

public sealed class CaseCommandsTests
{
    [Fact]
    public void Evaluate_TwiceOnTheSameDay_OpensEachCaseOnce()
    {
        // Arrange
        using var school = new SchoolFixture();

        // Act
        var first = JsonDocument.Parse(school.Run("evaluate", "--json").Out).RootElement;
        var second = JsonDocument.Parse(school.Run("evaluate", "--json").Out).RootElement;

        // Assert: 5.7 fires for weak pupils; the nightly re-run finds every case already open.
        var started = first.GetProperty("started").EnumerateArray().ToList();
        Assert.NotEmpty(started);
        Assert.All(started, s => Assert.True(s.GetProperty("created").GetBoolean()));
        Assert.All(second.GetProperty("started").EnumerateArray(), s => Assert.False(s.GetProperty("created").GetBoolean()));
        Assert.Equal(started.Count, JsonDocument.Parse(school.Run("cases", "--json").Out).RootElement.GetArrayLength());
    }

    [Fact]
    public void Tasks_AfterEvaluate_ListTheSubjectTeachersIndividualWork()
    {
        // Arrange
        using var school = new SchoolFixture();
        school.Run("evaluate");

        // Act
        var tasks = JsonDocument.Parse(school.Run("tasks", "--role", "subject_teacher", "--json").Out).RootElement;

        // Assert: 5.1-5.9, the subject teacher's individual work, with its two outcomes and a due date.
        var task = tasks.EnumerateArray().First();
        Assert.Equal("individual_work", task.GetProperty("step").GetString());
        Assert.Equal("improved,no_change", string.Join(",", task.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString())));
        Assert.False(string.IsNullOrEmpty(task.GetProperty("due").GetString()));
    }

    [Fact]
    public void TasksAndCasesJson_HaveTheDocumentedSnakeCaseShape()
    {
        // Arrange
        using var school = new SchoolFixture();
        school.Run("evaluate");

        // Act
        var task = JsonDocument.Parse(school.Run("tasks", "--json").Out).RootElement[0];
        var @case = JsonDocument.Parse(school.Run("cases", "--json").Out).RootElement[0];

        // Assert: codes and ISO dates, the names README documents for scripts.
        Assert.Equal(["id", "workflow", "step", "role", "assignee", "pupil", "subject", "due", "outcomes"], task.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["id", "workflow", "version", "key", "pupil", "subject", "term", "status", "result", "started", "closed", "steps", "parent"],
            @case.EnumerateObject().Select(p => p.Name));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", task.GetProperty("due").GetString());
    }

    [Fact]
    public void Complete_UnknownOutcome_IsRefusedInKyrgyzAndChangesNothing()
    {
        // Arrange
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var id = JsonDocument.Parse(school.Run("tasks", "--json").Out).RootElement[0].GetProperty("id").GetInt64();

        // Act
        var run = school.Run("complete", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--outcome", "maybe", "--lang", "ky");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("ката IC2413:", run.Error.Trim());
        var still = JsonDocument.Parse(school.Run("tasks", "--json").Out).RootElement.EnumerateArray().Select(t => t.GetProperty("id").GetInt64());
        Assert.Contains(id, still);
    }

    [Fact]
    public void Complete_NoChange_MovesTheCaseToThe510Report()
    {
        // Arrange
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var task = JsonDocument.Parse(school.Run("tasks", "--json").Out).RootElement.EnumerateArray()
            .First(t => t.GetProperty("step").GetString() == "individual_work");
        var id = task.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var run = school.Run("complete", id, "--outcome", "no_change", "--field", "problems=gaps in fractions", "--lang", "ru");

        // Assert: 5.10, no change after 5.1-5.9, the teacher files the report with the dates of informing.
        Assert.Equal(0, run.ExitCode);
        var cases = JsonDocument.Parse(school.Run("cases", "--json").Out).RootElement.EnumerateArray();
        var moved = cases.Single(c => c.GetProperty("pupil").GetString() == task.GetProperty("pupil").GetString()
            && c.GetProperty("subject").GetString() == task.GetProperty("subject").GetString());
        Assert.Contains("report_5_10", moved.GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void Outbox_AfterEvaluate_NotifiesClassTeacherAndParentsInTheirLanguages()
    {
        // Arrange
        using var school = new SchoolFixture();
        school.Run("evaluate");

        // Act
        var messages = JsonDocument.Parse(school.Run("outbox", "--json").Out).RootElement.EnumerateArray().ToList();

        // Assert: 5.7, the class teacher and the parent are informed, each in their own language.
        Assert.Contains(messages, m => m.GetProperty("to").GetString()!.StartsWith("parent:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.GetProperty("to").GetString()!.StartsWith("staff:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.GetProperty("language").GetString() == "ru");
        Assert.Contains(messages, m => m.GetProperty("language").GetString() == "ky");
    }
}
