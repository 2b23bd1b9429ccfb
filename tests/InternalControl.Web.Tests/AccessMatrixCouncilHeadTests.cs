using System.Net;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Web.Tests;

/// <summary>
/// The methodological council's head (әдістемелік кеңестің төрағасы; in the sample Kazakh school a subject teacher who
/// also heads the council) hears what the plan sends to the council (seed 000 §2.6): the hearing is in their inbox, with
/// its case. They are no head of the school: the workbench and the pupils of classes they do not teach answer 404.
/// </summary>
public sealed class AccessMatrixCouncilHeadTests(KazakhWebSchool kazakh) : IClassFixture<KazakhWebSchool>
{
    private WebSchool School => kazakh.School;

    [Fact]
    public async Task CouncilHead_TheCouncilsHearing_IsInTheirInbox_WithItsTaskAndCase()
    {
        // Arrange: the month's planned controls are done, so the council's controls wait for their hearing.
        var head = School.First(StaffRole.MethodologicalCouncilHead);
        var hearing = Hearing();
        var browser = await School.Staff(head.Id);
        var deputy = await School.Staff(School.First(StaffRole.DeputyDirector).Id);

        // Act
        var inbox = await browser.Get("/");
        var taskPage = await browser.Get($"/tasks/{hearing.Id}");
        var casePage = await browser.Get($"/cases/{hearing.CaseId}");
        var deputysInbox = await deputy.Get("/");

        // Assert: the head's task, not the deputy director's to act on.
        Assert.Equal((head.Id, "methodological_council_head"), (hearing.Assignee, hearing.Role));
        Assert.Contains($"/tasks/{hearing.Id}", inbox.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, taskPage.Status);
        Assert.Equal(HttpStatusCode.OK, casePage.Status);
        Assert.DoesNotContain($"/tasks/{hearing.Id}\"", deputysInbox.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CouncilHead_IsNoHeadOfTheSchool_FindsNoWorkbenchPageNorAPupilOfAClassTheyDoNotTeach()
    {
        // Arrange
        var head = School.First(StaffRole.MethodologicalCouncilHead);
        var taught = School.Data.Teaching.Where(t => t.TeacherId == head.Id).Select(t => t.ClassId).ToHashSet(StringComparer.Ordinal);
        var theirs = School.OpenTasks().Where(t => t.Assignee == head.Id).Select(t => t.PupilId).ToHashSet(StringComparer.Ordinal);
        var stranger = School.Data.Pupils.First(p => !taught.Contains(p.ClassId) && !theirs.Contains(p.Id)
            && School.Data.Classes.First(c => c.Id == p.ClassId).ClassTeacherId != head.Id);
        var browser = await School.Staff(head.Id);

        // Act + Assert
        foreach (var path in new[] { "/dashboard", "/import", "/policy", "/staff", "/audit", $"/pupils/{stranger.Id}", $"/classes/{stranger.ClassId}" })
        {
            Assert.True((await browser.Get(path)).Status == HttpStatusCode.NotFound, path);
        }
    }

    /// <summary>Completes the open planned controls as their people would, until the methodological council's hearing is open.</summary>
    private WorkflowTask Hearing()
    {
        using var session = School.Open();
        foreach (var task in session.Runtime.Tasks(new TaskQuery()).Where(t => t.Workflow == "plan-control" && t.Step == "control" && t.Assignee is not null).ToList())
        {
            var fields = new Dictionary<string, string> { ["findings"] = "Бақылау жүргізілді", ["output_date"] = IsoDate.Text(WebSchool.Start) };
            var done = session.Runtime.Complete(task.Id, "done", fields, task.Assignee!);
            Assert.True(done.Ok, done.Message(Language.En));
        }

        return session.Runtime.Tasks(new TaskQuery()).First(t => t.Workflow == "plan-control" && t.Step == "hear_council");
    }
}
