using System.Text.Json;

namespace InternalControl.Cli.Tests;

/// <summary>
/// `ic plan` and the plan's cases on the sample Kazakh school, whose plan.csv is the ВШК plan of seed 000 (Order No.
/// 130; issue 14, finding 2): 28 of its controls fall in November, the sample's month.
/// </summary>
public sealed class PlanCommandTests(KazakhSchoolFixture school) : IClassFixture<KazakhSchoolFixture>
{
    private const int NovemberControls = 28;

    [Fact]
    public void Plan_Json_ListsEachControlInEachOfItsMonths()
    {
        // Act
        var run = school.Run("plan", "--json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var rows = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(141, rows.Select(r => r.GetProperty("control").GetString()).Distinct().Count());
        Assert.Equal(NovemberControls, rows.Count(r => r.GetProperty("month").GetInt32() == 11));
        Assert.Equal(9, rows[0].GetProperty("month").GetInt32());
    }

    [Fact]
    public void Plan_MonthInKazakh_NamesMonthVenueAndPeopleInWords()
    {
        // Act
        var run = school.Run("plan", "--month", "11", "--lang", "kk");

        // Assert: the month, the venue and the output in Kazakh; no code of the file reaches the reader.
        run.AssertOut(0, "Қараша", "педагогикалық", "хаттама", "Бекмұхамбетова");
        run.AssertOutLacks("pedagogical", "reference_note");
    }

    [Fact]
    public void Plan_MonthThirteen_IsRefusedWithItsCode()
    {
        // Act
        var run = school.Run("plan", "--month", "13", "--lang", "ru");

        // Assert
        run.AssertError(1, "IC3801", "месяц должен быть числом от 1 до 12, а не 13.");
    }

    [Fact]
    public void Evaluate_November_OpensTheMonthsPlanControlsForTheirPeople()
    {
        // Act: the fixture's evaluation ran on 27 November.
        var cases = JsonDocument.Parse(school.Run("cases", "--json").Out).RootElement.EnumerateArray()
            .Where(c => c.GetProperty("workflow").GetString() == "plan-control")
            .ToList();
        var tasks = JsonDocument.Parse(school.Run("tasks", "--json").Out).RootElement.EnumerateArray()
            .Where(t => t.GetProperty("workflow").GetString() == "plan-control")
            .ToList();

        // Assert: one case a control, each task with a person, not only the deputy director.
        Assert.Equal(NovemberControls, cases.Count);
        Assert.Equal(NovemberControls, tasks.Count);
        Assert.True(tasks.Select(t => t.GetProperty("assignee").GetString()).Distinct().Count() > 3);
    }

    [Fact]
    public void Tasks_PlannedControl_ShowsItsTopicAndObjectNotOnlyTheStep()
    {
        // Act: the psychologist's inbox in Russian (the sample psychologist t003 reads Russian).
        var run = school.Run("tasks", "--assignee", "t003", "--lang", "ru");

        // Assert: the step, then the control's topic as the plan writes it and its object in the reader's words.
        run.AssertOut(0, "Провести", "Мұғалімнің", "школа");
    }
}
