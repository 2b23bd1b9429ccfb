using System.Globalization;
using InternalControl.Application.Control;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;

namespace InternalControl.Application.Tests.Clauses;

/// <summary>
/// Issue 14, finding 2: the matrix re-control (seed 000 §3.3-3.4) as the ВШК plan has it. The decision is heard at
/// the venue the plan names, by its chair (§2.6), and the re-control is due in the plan's second-control month
/// (§2.1 "Екінші бақылау"), not after a fixed 40 school days; without a plan row the director hears it and the
/// policy's recontrol_days apply.
/// </summary>
public sealed class Finding2RecontrolTests
{
    private static readonly DateOnly October = new(2026, 10, 20);

    [Fact]
    public void Recontrol2_6_MethodologicalCouncilRow_IsHeardByTheCouncilsHead_NoPlanRowByTheDirector()
    {
        // Arrange: both teachers are in group A on III.3; the deputy director acts on each.
        using var school = new KzRecontrolSchool(October);
        school.Session.Evaluate();
        var planned = school.Recontrol(KzRecontrolSchool.Planned);
        var unplanned = school.Recontrol(KzRecontrolSchool.Unplanned);

        // Act
        school.Complete(planned, "done", new Dictionary<string, string> { ["output_date"] = "2026-10-20" });
        school.Complete(unplanned, "done", new Dictionary<string, string> { ["output_date"] = "2026-10-20" });

        // Assert: the plan's methodological council is heard by its head, in that role; no row, the director.
        var council = Assert.Single(school.Tasks(planned));
        Assert.Equal(("hear_council", KzRecontrolSchool.CouncilHead, "methodological_council_head"), (council.Step, council.Assignee, council.Role));
        var director = Assert.Single(school.Tasks(unplanned));
        Assert.Equal(("hear", KzRecontrolSchool.Director), (director.Step, director.Assignee ?? KzRecontrolSchool.Director));
        Assert.Equal("director", director.Role);
    }

    [Fact]
    public void Recontrol3_3_NoPlanRow_TheMatrixsMethodologicalCouncilIsHeardByTheCouncilsHead()
    {
        // Arrange: t011 scored into group A on IV.3, which the plan does not control; the matrix hears IV.3's group A
        // at the scientific-methodological council (ҒӘК, seed 000 §3.3).
        using var school = new KzRecontrolSchool(October);
        school.Workspace.Database.Scores.Save(
            school.Workspace.School.Id,
            [.. Enumerable.Range(1, 5).Select(c => new EvaluationScore(KzRecontrolSchool.Unplanned, "teacher", "IV.3", c.ToString(CultureInfo.InvariantCulture), 0, new DateOnly(2026, 10, 1), KzRecontrolSchool.Deputy))]);
        school.Session.Evaluate();
        var recontrol = school.Runtime.Cases(openOnly: true).Single(c => c.Workflow == "recontrol" && c.Key == $"object={KzRecontrolSchool.Unplanned};sheet=IV.3").Id;

        // Act
        school.Complete(recontrol, "done", new Dictionary<string, string> { ["output_date"] = "2026-10-20" });

        // Assert: heard by the council's head, not by the director.
        var council = Assert.Single(school.Tasks(recontrol));
        Assert.Equal(("hear_council", KzRecontrolSchool.CouncilHead), (council.Step, council.Assignee));
    }

    [Fact]
    public void Recontrol3_4_PlanNamesMarch_WaitsUntilMarchFirst_ThenTheRescoreIsDue()
    {
        // Arrange: acted on and heard in October.
        using var school = new KzRecontrolSchool(October);
        school.Session.Evaluate();
        var planned = school.Recontrol(KzRecontrolSchool.Planned);
        school.Complete(planned, "done", new Dictionary<string, string> { ["output_date"] = "2026-10-20" });
        school.Complete(planned, "heard", new Dictionary<string, string> { ["decision"] = "Тәжірибе жинақталсын" });

        // Act: the last school day of February, then the first of March.
        var wait = Assert.Single(school.Runtime.Waits(October, October.AddYears(1)), w => w.CaseId == planned);
        school.MoveTo(new DateOnly(2027, 2, 26));
        var february = school.Tasks(planned);
        school.MoveTo(new DateOnly(2027, 3, 1));

        // Assert: the wait ends on the plan's month, nothing is due before it, the rescore is due in it.
        Assert.Equal(IsoDate.Text(new DateOnly(2027, 3, 1)), IsoDate.Text(wait.Ends));
        Assert.Empty(february);
        Assert.Equal("rescore", Assert.Single(school.Tasks(planned)).Step);
    }

    [Fact]
    public void Recontrol3_4_NoPlanRow_WaitsTheRecontrolDaysParameter()
    {
        // Arrange
        using var school = new KzRecontrolSchool(October);
        school.Session.Evaluate();
        var unplanned = school.Recontrol(KzRecontrolSchool.Unplanned);
        school.Complete(unplanned, "done", new Dictionary<string, string> { ["output_date"] = "2026-10-20" });

        // Act
        school.Complete(unplanned, "heard", new Dictionary<string, string> { ["decision"] = "Қайта бақылансын" });

        // Assert: recontrol_days (40) school days from the hearing, in the school's calendar.
        var wait = Assert.Single(school.Runtime.Waits(October, October.AddYears(1)), w => w.CaseId == unplanned);
        Assert.Equal(IsoDate.Text(school.Workspace.Calendar.AddSchoolDays(October, 40)), IsoDate.Text(wait.Ends));
    }

    [Theory]
    [InlineData(new[] { 2, 2, 2, 1, 2, 2 }, "left_control", null)]
    [InlineData(new[] { 0, 1, 0, 0, 1, 0 }, null, "act")]
    public void Recontrol3_2_RescoreTakesTheCriterionScores_TheGroupOfTheirMeanRoutes(int[] criteria, string? result, string? next)
    {
        // Arrange: the planned teacher's re-control reaches its rescore in March.
        using var school = new KzRecontrolSchool(October);
        var planned = school.AtRescore();

        // Act: the six criteria of III.3 (mean 11/6 = 1.83: group C; 2/6 = 0.33: group A).
        var scored = Rescore.Submit(school.Session, Assert.Single(school.Tasks(planned)).Id, Scores(criteria), KzRecontrolSchool.Deputy);

        // Assert: C leaves control (§3.3), A is acted on again; the scores are the school's, dated the day.
        Assert.True(scored.Ok, scored.Message(Language.En));
        Assert.Equal(result, school.Runtime.Case(planned)!.Result);
        Assert.Equal(next, school.Tasks(planned).SingleOrDefault()?.Step);
        var saved = school.Workspace.Database.Scores.WithScores(school.Workspace.Load()).Scores.Where(s => s.ObjectId == KzRecontrolSchool.Planned && s.Date == new DateOnly(2027, 3, 1)).ToList();
        Assert.Equal(criteria, saved.OrderBy(s => int.Parse(s.Criterion, CultureInfo.InvariantCulture)).Select(s => s.Score));
    }

    [Fact]
    public void Recontrol3_2_RescoreMissingACriterion_IsRefusedAndChangesNothing()
    {
        // Arrange
        using var school = new KzRecontrolSchool(October);
        var planned = school.AtRescore();
        var task = Assert.Single(school.Tasks(planned));

        // Act: five of the six criteria.
        var scored = Rescore.Submit(school.Session, task.Id, Scores([2, 2, 2, 2, 2]), KzRecontrolSchool.Deputy);

        // Assert
        Assert.Equal("IC3871", scored.Error!.Code);
        Assert.Equal("Для листа III.3 нужна одна оценка 0, 1 или 2 по каждому из его 6 критериев.", scored.Message(Language.Ru));
        Assert.Equal(task.Id, Assert.Single(school.Tasks(planned)).Id);
        Assert.DoesNotContain(school.Workspace.Database.Scores.WithScores(school.Workspace.Load()).Scores, s => s.Date == new DateOnly(2027, 3, 1));
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6 }, new[] { 2, 2, 3, 2, 2, 2 })]
    [InlineData(new[] { 0, 1, 2, 3, 4, 5 }, new[] { 2, 2, 2, 2, 2, 2 })]
    [InlineData(new[] { 2, 3, 4, 5, 6, 7 }, new[] { 2, 2, 2, 2, 2, 2 })]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6 }, new[] { 2, 2, -1, 2, 2, 2 })]
    public void Recontrol3_2_RescoreWithAScoreOutOf0To2OrACriterionTheSheetLacks_IsRefusedAndChangesNothing(int[] criteria, int[] scores)
    {
        // Arrange: six scores for III.3's six criteria, but one is 3 or -1, or numbered 0 or 7.
        using var school = new KzRecontrolSchool(October);
        var planned = school.AtRescore();
        var task = Assert.Single(school.Tasks(planned));

        // Act
        var scored = Rescore.Submit(school.Session, task.Id, criteria.Zip(scores).ToDictionary(p => p.First, p => p.Second), KzRecontrolSchool.Deputy);

        // Assert
        Assert.Equal("IC3871", scored.Error!.Code);
        Assert.Equal(task.Id, Assert.Single(school.Tasks(planned)).Id);
        Assert.DoesNotContain(school.Workspace.Database.Scores.WithScores(school.Workspace.Load()).Scores, s => s.Date == new DateOnly(2027, 3, 1));
    }

    [Fact]
    public void Recontrol3_2_TheActTaskOfARecontrol_IsNoRescore_IsRefusedWithIC3870()
    {
        // Arrange: the re-control's first task, keyed by the same object and sheet as its rescore will be.
        using var school = new KzRecontrolSchool(October);
        school.Session.Evaluate();
        var planned = school.Recontrol(KzRecontrolSchool.Planned);
        var act = Assert.Single(school.Tasks(planned));

        // Act
        var scored = Rescore.Submit(school.Session, act.Id, Scores([2, 2, 2, 2, 2, 2]), KzRecontrolSchool.Deputy);

        // Assert
        Assert.Equal("IC3870", scored.Error!.Code);
        Assert.False(Rescore.IsRescore(school.Session, act));
        Assert.Null(Rescore.SheetOf(school.Session, act));
        Assert.Equal(("act", act.Id), (Assert.Single(school.Tasks(planned)).Step, Assert.Single(school.Tasks(planned)).Id));
    }

    [Fact]
    public void Recontrol3_2_TheRescoreTask_AsksForTheSheetOfItsKey()
    {
        // Arrange
        using var school = new KzRecontrolSchool(October);
        var planned = school.AtRescore();
        var task = Assert.Single(school.Tasks(planned));

        // Act
        var sheet = Rescore.SheetOf(school.Session, task);

        // Assert
        Assert.True(Rescore.IsRescore(school.Session, task));
        Assert.Equal(("III.3", 6), (sheet?.Id, sheet?.CriteriaCount));
    }

    private static Dictionary<int, int> Scores(int[] criteria) =>
        criteria.Select((score, i) => (score, i)).ToDictionary(p => p.i + 1, p => p.score);
}
