using System.Net;
using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Web.Tests;

/// <summary>
/// The rest of who-sees-what: the heads' pages (dashboard, import, policy, staff, audit, case lists) for every role, and
/// the roles the first matrix leaves out: the director, a
/// class teacher against another class's case and task, and ids that are not the school's.
/// </summary>
public sealed class AccessMatrixRolesTests(WebSchool school) : IClassFixture<WebSchool>
{
    /// <summary>The workbench pages, which only the deputy director and the director reach.</summary>
    private static readonly string[] HeadsPages =
        ["/dashboard", "/import", "/policy", "/policy/editor", "/staff", "/audit"];

    [Theory]
    [InlineData(StaffRole.DeputyDirector)]
    [InlineData(StaffRole.Director)]
    public async Task Heads_ReachEveryWorkbenchPage(StaffRole role)
    {
        var browser = await school.Staff(school.First(role).Id);
        var overdue = "/dashboard/overdue?person=" + school.First(StaffRole.SubjectTeacher).Id;
        var open = school.OpenTasks()[0];
        var cases = InternalControl.Web.Pages.DashboardModel.CasesHref(open.Workflow, open.Step);

        foreach (var path in HeadsPages.Append(overdue).Append(cases))
        {
            Assert.True((await browser.Get(path)).Status == HttpStatusCode.OK, path);
        }
    }

    [Theory]
    [InlineData(StaffRole.SubjectTeacher)]
    [InlineData(StaffRole.ClassTeacher)]
    [InlineData(StaffRole.Psychologist)]
    [InlineData(StaffRole.SocialPedagogue)]
    public async Task EveryOtherRole_FindsNoWorkbenchPage(StaffRole role)
    {
        var person = school.Data.Staff.First(s => s.Has(role) && !s.Has(StaffRole.DeputyDirector) && !s.Has(StaffRole.Director));
        var browser = await school.Staff(person.Id);
        var overdue = "/dashboard/overdue?person=" + person.Id;
        var cases = InternalControl.Web.Pages.DashboardModel.CasesHref(school.OpenTasks()[0].Workflow, school.OpenTasks()[0].Step);

        foreach (var path in HeadsPages.Append(overdue).Append(cases))
        {
            Assert.True((await browser.Get(path)).Status == HttpStatusCode.NotFound, path);
        }
    }

    [Fact]
    public async Task Parent_FindsNoWorkbenchPage()
    {
        var browser = await school.SignedIn(PersonKind.Parent, school.Data.Parents[0].Id);

        foreach (var path in HeadsPages)
        {
            Assert.True((await browser.Get(path)).Status == HttpStatusCode.NotFound, path);
        }
    }

    [Fact]
    public async Task Director_SeesTheWholeSchool()
    {
        var browser = await school.Staff(school.First(StaffRole.Director).Id);
        var task = school.TaskFor(WorkflowRole.SubjectTeacher);

        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/pupils/{school.Data.Pupils[^1].Id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/classes/{school.Data.Classes[^1].Id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/cases/{task.CaseId}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/tasks/{task.Id}")).Status);
    }

    [Fact]
    public async Task ClassTeacher_FindsNeitherACaseNorATaskNorTheFormOfAnotherClass()
    {
        // Arrange: a class teacher who teaches only their own class, and an open task of a pupil of another class.
        var group = school.Data.Classes.First(c => c.ClassTeacherId is not null
            && school.Data.Teaching.All(t => t.TeacherId != c.ClassTeacherId || t.ClassId == c.Id)
            && school.OpenTasks().Any(t => t.Assignee == c.ClassTeacherId));
        var own = school.OpenTasks().First(t => t.Assignee == group.ClassTeacherId);
        var classOf = school.Data.Pupils.ToDictionary(p => p.Id, p => p.ClassId);
        var other = school.OpenTasks().First(t => t.PupilId is { } p && classOf[p] != group.Id && t.Assignee != group.ClassTeacherId);
        var browser = await school.Staff(group.ClassTeacherId!);

        // Act
        var task = await browser.Get($"/tasks/{other.Id}");
        var caseView = await browser.Get($"/cases/{other.CaseId}");
        var form = await browser.Post($"/tasks/{other.Id}", Forms.Valid(other, WebSchool.Start), tokenFrom: $"/tasks/{own.Id}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/tasks/{own.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, task.Status);
        Assert.Equal(HttpStatusCode.NotFound, caseView.Status);
        Assert.Equal(HttpStatusCode.NotFound, form.Status);
        Assert.Contains(school.OpenTasks(), t => t.Id == other.Id);
    }

    [Fact]
    public async Task IdsThatAreNotTheSchools_AnswerAsIfTheyDidNotExist()
    {
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);

        foreach (var path in new[] { "/pupils/P-other-school", "/classes/99z", "/cases/987654321", "/tasks/987654321", "/reports/no-such-report", "/dashboard/overdue?person=nobody" })
        {
            Assert.True((await browser.Get(path)).Status == HttpStatusCode.NotFound, path);
        }
    }
}
