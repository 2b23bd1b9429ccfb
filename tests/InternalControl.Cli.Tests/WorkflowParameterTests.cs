using System.Globalization;
using System.Text.Json;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Time;

namespace InternalControl.Cli.Tests;

/// <summary>Workflow deadlines that name a policy parameter follow a school's overlay (Kyrgyz school No. 97, 5.1-5.9).</summary>
public sealed class WorkflowParameterTests
{
    [Fact]
    public void Evaluate_OverlayShorteningIndividualWork_NewCaseIsDueInThatManySchoolDays()
    {
        // Arrange: 5.1-5.9 leaves the length of individual work to the school; this one gives 14 school days, not 15.
        using var school = new SchoolFixture();
        var overlay = school.Temp.Write("school-12.icp", "policy \"school-12\" extends \"kg-school-97-low-achievers\"\nparameter individual_work_days = 14\n");
        Assert.Equal(0, school.Run("policy", "set", overlay).ExitCode);

        // Act
        school.Run("evaluate");
        var tasks = JsonDocument.Parse(school.Run("tasks", "--role", "subject_teacher", "--json").Out).RootElement;

        // Assert
        var expected = CalendarCatalog.Find("kg", "2026-2027")!.AddSchoolDays(DateOnly.Parse(SchoolFixture.Now, CultureInfo.InvariantCulture), 14);
        var due = tasks.EnumerateArray().Where(t => t.GetProperty("step").GetString() == "individual_work").Select(t => t.GetProperty("due").GetString()).Distinct().ToList();
        Assert.Equal([IsoDate.Text(expected)], due);
    }

    [Fact]
    public void PolicySet_OverlayDeadlinePastTheEscalation_IsNotAttached()
    {
        // Arrange: 20 days of work with the escalation still on day 18 cannot run; the overlay must move both.
        using var school = new SchoolFixture();
        var overlay = school.Temp.Write("school-12.icp", "policy \"school-12\" extends \"kg-school-97-low-achievers\"\nparameter individual_work_days = 20\n");

        // Act
        var run = school.Run("policy", "set", overlay, "--lang", "ru");

        // Assert
        run.AssertOut(1, "IC2201");
    }
}
