using System.Net;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Web.Tests;

/// <summary>The task form: completion moves the case; a wrong value is refused beside its field and changes nothing; antiforgery.</summary>
public sealed class TaskFormTests
{
    [Fact]
    public async Task Completing_ATask_MovesTheCase_AndIsAudited()
    {
        using var school = new WebSchool();
        var task = school.OpenTasks().First(t => t.Assignee is not null && t.PupilId is not null && t.Outcomes.Count > 0);
        var browser = await school.Staff(task.Assignee!);

        var page = await browser.Post($"/tasks/{task.Id}", Forms.Valid(task, WebSchool.Start));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        using var session = school.Open();
        Assert.Equal(WorkTaskStatus.Completed, session.Runtime.Task(task.Id)!.Status);
        Assert.Contains(session.Runtime.Journal(task.CaseId), e => e.Step == task.Step && e.Actor == task.Assignee);
        Assert.Contains(school.Access.AuditTrail(), e => e.Action == "task.completed" && e.Target == task.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Completing_ACompletedTask_SaysItWasDone_AndChangesNothing()
    {
        using var school = new WebSchool();
        var task = school.OpenTasks().First(t => t.Assignee is not null && t.PupilId is not null && t.Outcomes.Count > 0);
        var browser = await school.Staff(task.Assignee!);
        var form = Forms.Valid(task, WebSchool.Start);
        await browser.Post($"/tasks/{task.Id}", form);
        int journal;
        using (var session = school.Open())
        {
            journal = session.Runtime.Journal(task.CaseId).Count;
        }

        var again = await browser.Post($"/tasks/{task.Id}", form);

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("Бул тапшырма мурда аткарылган", again.Html, StringComparison.Ordinal);
        using var after = school.Open();
        Assert.Equal(journal, after.Runtime.Journal(task.CaseId).Count);
    }

    [Fact]
    public async Task AWrongFieldValue_IsRefusedBesideTheField_AndNothingChanges()
    {
        using var school = new WebSchool();
        var task = school.TaskWithTypedField();
        var (form, field) = Forms.Wrong(task, WebSchool.Start);
        var browser = await school.Staff(task.Assignee!);

        var page = await browser.Post($"/tasks/{task.Id}", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        var input = page.Html.IndexOf($"name=\"field.{field}\"", StringComparison.Ordinal);
        var error = page.Html.IndexOf("class=\"error\"", StringComparison.Ordinal);
        Assert.True(input >= 0 && error > input, "The message stands beside (right after) the wrong field.");
        Assert.Contains("aria-invalid=\"true\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("31.02.x", page.Html, StringComparison.Ordinal);
        using var session = school.Open();
        Assert.Equal(WorkTaskStatus.Open, session.Runtime.Task(task.Id)!.Status);
    }

    [Fact]
    public async Task AForm_WithoutTheAntiforgeryToken_IsRejected_AndTheTaskStaysOpen()
    {
        using var school = new WebSchool();
        var task = school.OpenTasks().First(t => t.Assignee is not null && t.Outcomes.Count > 0);
        var browser = await school.Staff(task.Assignee!);

        var response = await browser.PostRaw($"/tasks/{task.Id}", Forms.Valid(task, WebSchool.Start));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        using var session = school.Open();
        Assert.Equal(WorkTaskStatus.Open, session.Runtime.Task(task.Id)!.Status);
    }
}
