using System.Globalization;
using System.Net;
using InternalControl.Application.Control;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Web.Tests;

/// <summary>
/// Seed 000 §3.2-3.4: the deputy director re-scores an object on its sheet in the browser by its criterion scores,
/// 0-2 each; the group follows from them by the policy's bands, so nobody types a group letter, and a missing score
/// is refused with nothing changed.
/// </summary>
public sealed class RescoreFormTests
{
    [Fact]
    public async Task Rescore3_2_TheTaskPage_AsksForEachCriterionScore_NotForAGroup()
    {
        // Arrange
        using var school = WebSchool.Kazakh();
        var (task, criteria) = AtRescore(school);
        var deputy = await school.Staff(task.Assignee ?? school.First(StaffRole.DeputyDirector).Id);

        // Act
        var page = await deputy.Get($"/tasks/{task.Id}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(criteria, Enumerable.Range(1, 40).Count(c => page.Html.Contains($"name=\"score.{c}\"", StringComparison.Ordinal)));
        Assert.DoesNotContain("name=\"field.group\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rescore3_2_AllCriteriaScoredTwo_GroupC_TheObjectLeavesControl()
    {
        // Arrange
        using var school = WebSchool.Kazakh();
        var (task, criteria) = AtRescore(school);
        var deputy = await school.Staff(task.Assignee ?? school.First(StaffRole.DeputyDirector).Id);

        // Act
        var page = await deputy.Post($"/tasks/{task.Id}", Scores(criteria, 2), tokenFrom: $"/tasks/{task.Id}");

        // Assert: the mean 2 is group C (§3.2 bands): the object leaves control, and the scores are saved.
        Assert.Equal(HttpStatusCode.OK, page.Status);
        using var session = school.Open();
        var summary = session.Runtime.Case(task.CaseId)!;
        Assert.Equal((false, "left_control"), (summary.IsOpen, summary.Result));
        Assert.Equal(criteria, session.Data.Scores.Count(s => s.Date == session.Workspace.Today && s.Score == 2 && summary.Key.Contains("sheet=" + s.Sheet, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Rescore3_2_AScoreMissing_IsRefusedInTheReadersLanguage_AndNothingChanges()
    {
        // Arrange
        using var school = WebSchool.Kazakh();
        var (task, criteria) = AtRescore(school);
        string sheet;
        using (var before = school.Open())
        {
            sheet = Rescore.SheetOf(before, task)!.Id;
        }

        var deputy = await school.Staff(task.Assignee ?? school.First(StaffRole.DeputyDirector).Id);
        var form = Scores(criteria, 1).Where(f => f.Key != "score.1").ToList();

        // Act
        var page = await deputy.Post($"/tasks/{task.Id}", form, tokenFrom: $"/tasks/{task.Id}");

        // Assert
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains(new Localizer(Language.Kk).Get("Control.Rescore.BadScores", sheet, criteria), page.Html, StringComparison.Ordinal);
        using var session = school.Open();
        Assert.Equal(WorkTaskStatus.Open, session.Runtime.Task(task.Id)!.Status);
    }

    private static List<KeyValuePair<string, string>> Scores(int criteria, int score) =>
        [.. Enumerable.Range(1, criteria).Select(c => new KeyValuePair<string, string>("score." + c.ToString(CultureInfo.InvariantCulture), score.ToString(CultureInfo.InvariantCulture)))];

    /// <summary>One re-control acted on and heard, then the clock at the end of its wait: its re-scoring task and the sheet's criteria count.</summary>
    private static (WorkflowTask Task, int Criteria) AtRescore(WebSchool school)
    {
        long caseId;
        DateOnly ends;
        using (var session = school.Open())
        {
            var act = session.Runtime.Tasks(new TaskQuery()).First(t => t.Workflow == "recontrol" && t.Step == "act" && t.Assignee is not null);
            caseId = act.CaseId;
            Assert.True(session.Runtime.Complete(act.Id, "done", new Dictionary<string, string> { ["output_date"] = IsoDate.Text(session.Workspace.Today) }, act.Assignee!).Ok);
            var hear = session.Runtime.Tasks(new TaskQuery(CaseId: caseId)).Single();
            Assert.True(session.Runtime.Complete(hear.Id, "heard", new Dictionary<string, string> { ["decision"] = "Тәжірибе жинақталсын" }, hear.Assignee ?? school.First(StaffRole.Director).Id).Ok);
            ends = session.Runtime.Waits(WebSchool.Start, WebSchool.Start.AddYears(1)).Single(w => w.CaseId == caseId).Ends;
        }

        school.Clock.Now = SchoolTime.MorningOf(ends.AddDays(1));
        using var later = school.Open();
        later.Runtime.Tick();
        var task = Assert.Single(later.Runtime.Tasks(new TaskQuery(CaseId: caseId)));
        return (task, Rescore.SheetOf(later, task)!.CriteriaCount);
    }
}
