using System.Globalization;
using System.Text.Json;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Seed 000 §3.2-3.4 at the terminal: a re-control's re-scoring is done with `ic control rescore TASK --score N=S`, one
/// 0-2 score per criterion of the sheet, and the policy's bands give the group; a typed group through `ic complete`
/// and a missing criterion are refused with a coded message and change nothing.
/// </summary>
public sealed class ControlRescoreCommandTests
{
    /// <summary>After the sample's re-controls wait for their second control (the plan's month or 40 school days).</summary>
    private const string Later = "2027-03-01";

    [Fact]
    public void Rescore3_4_TypedGroupThroughComplete_IsRefusedWithIC3873()
    {
        // Arrange
        using var school = new KazakhSchoolFixture();
        var (task, caseId, _) = AtRescore(school);

        // Act
        var typed = Run(school, "complete", task, "--outcome", "scored", "--field", "group=C", "--lang", "ru");

        // Assert
        typed.AssertError(1, "IC3873", "ic control rescore " + task);
        Assert.Equal("open", Case(school, caseId).GetProperty("status").GetString());
    }

    [Fact]
    public void Rescore3_2_ACriterionMissing_IsRefusedWithIC3871AndTheCaseWaits()
    {
        // Arrange
        using var school = new KazakhSchoolFixture();
        var (task, caseId, criteria) = AtRescore(school);

        // Act: every criterion but the last.
        var run = Run(school, ["control", "rescore", task, .. Scores(criteria - 1, 2), "--lang", "kk"]);

        // Assert
        run.AssertError(1, "IC3871");
        Assert.Equal(["rescore"], Case(school, caseId).GetProperty("steps").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void Rescore3_2_EveryCriterionTwo_IsGroupC_TheObjectLeavesControl()
    {
        // Arrange
        using var school = new KazakhSchoolFixture();
        var (task, caseId, criteria) = AtRescore(school);

        // Act
        var run = Run(school, ["control", "rescore", task, .. Scores(criteria, 2), "--lang", "kk"]);

        // Assert: the mean 2 is in group C's band (§3.2): the case closes with the object off control (§3.4).
        run.AssertSucceeded();
        var after = Case(school, caseId);
        Assert.Equal(("closed", "left_control"), (after.GetProperty("status").GetString(), after.GetProperty("result").GetString()));
    }

    private static IEnumerable<string> Scores(int criteria, int score) =>
        Enumerable.Range(1, criteria).SelectMany(c => new[] { "--score", c.ToString(CultureInfo.InvariantCulture) + "=" + score.ToString(CultureInfo.InvariantCulture) });

    /// <summary>The first re-control acted on and heard, then the clock past its wait: its re-scoring task, its case and the sheet's criteria count (scores.csv).</summary>
    private static (string Task, long Case, int Criteria) AtRescore(KazakhSchoolFixture school)
    {
        var act = Tasks(school, KazakhSchoolFixture.Now).First(t => t.GetProperty("workflow").GetString() == "recontrol" && t.GetProperty("step").GetString() == "act");
        school.Run("complete", Id(act), "--outcome", "done", "--field", "output_date=" + KazakhSchoolFixture.Now, "--as", act.GetProperty("assignee").GetString()!).AssertSucceeded();
        var hear = Tasks(school, KazakhSchoolFixture.Now).Single(t => t.GetProperty("workflow").GetString() == "recontrol" && t.GetProperty("step").GetString() is "hear" or "hear_council");
        school.Run("complete", Id(hear), "--outcome", "heard", "--field", "decision=Тәжірибе жинақталсын", "--as", hear.GetProperty("assignee").GetString()!).AssertSucceeded();
        Run(school, "tick").AssertSucceeded();
        var rescore = Tasks(school, Later).Single(t => t.GetProperty("step").GetString() == "rescore");
        var caseId = Cases(school).Single(c => c.GetProperty("steps").EnumerateArray().Any(s => s.GetString() == "rescore")).GetProperty("id").GetInt64();
        var key = Case(school, caseId).GetProperty("key").GetString()!;
        var sheet = key.Split(';').Single(p => p.StartsWith("sheet=", StringComparison.Ordinal))["sheet=".Length..];
        var criteria = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "samples", "kz-school", "scores.csv"))
            .Select(l => l.Split(',')).Where(c => c[2] == sheet).Select(c => c[3]).Distinct(StringComparer.Ordinal).Count();
        return (Id(rescore), caseId, criteria);
    }

    private static IcRun Run(KazakhSchoolFixture school, params string[] args) => Ic.Run([.. args, "--db", school.Db, "--now", Later]);

    private static IcRun Run(KazakhSchoolFixture school, IEnumerable<string> args) => Run(school, [.. args]);

    private static List<JsonElement> Tasks(KazakhSchoolFixture school, string now) =>
        [.. JsonDocument.Parse(Ic.Run("tasks", "--json", "--db", school.Db, "--now", now).Out).RootElement.EnumerateArray()];

    private static List<JsonElement> Cases(KazakhSchoolFixture school) => [.. JsonDocument.Parse(Run(school, "cases", "--json").Out).RootElement.EnumerateArray()];

    private static JsonElement Case(KazakhSchoolFixture school, long id) => Cases(school).Single(c => c.GetProperty("id").GetInt64() == id);

    private static string Id(JsonElement task) => task.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
}
