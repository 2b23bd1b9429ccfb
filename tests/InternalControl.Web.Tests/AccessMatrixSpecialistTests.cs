using System.Net;
using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Web.Tests;

/// <summary>
/// The psychologist and the social pedagogue see the cases that have a task for them, and those pupils (issue 11). In the
/// sample Kazakh school the shipped policy gives them work: seed 000 direction VI row 7.16 opens social-psychological
/// help (`kz-risk-group`) for the pupils with days missed without an excuse, a task for each of them. Every other pupil,
/// class, case and task answers 404.
/// </summary>
public sealed class AccessMatrixSpecialistTests(KazakhWebSchool kazakh) : IClassFixture<KazakhWebSchool>
{
    private WebSchool School => kazakh.School;

    [Theory]
    [InlineData(WorkflowRole.Psychologist)]
    [InlineData(WorkflowRole.SocialPedagogue)]
    public async Task Specialist_WithATask_SeesThatPupilsPageTheTaskAndTheCase(WorkflowRole role)
    {
        // Arrange: VI 7.16, the specialist's own task on a pupil
        var task = School.TaskFor(role);
        var browser = await School.Staff(task.Assignee!);
        var pupil = School.Data.Pupils.First(p => p.Id == task.PupilId);

        // Act
        var taskPage = await browser.Get($"/tasks/{task.Id}");
        var pupilPage = await browser.Get($"/pupils/{pupil.Id}");
        var casePage = await browser.Get($"/cases/{task.CaseId}");
        var inbox = await browser.Get("/");

        // Assert
        Assert.Equal("kz-risk-group", task.Workflow);
        Assert.Equal(HttpStatusCode.OK, taskPage.Status);
        Assert.Equal(HttpStatusCode.OK, pupilPage.Status);
        Assert.Contains(pupil.FullName, pupilPage.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, casePage.Status);
        Assert.Contains($"/tasks/{task.Id}", inbox.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WorkflowRole.Psychologist)]
    [InlineData(WorkflowRole.SocialPedagogue)]
    public async Task Specialist_FindsNoPupilClassCaseOrTaskWithoutATaskOfTheirs(WorkflowRole role)
    {
        // Arrange: a pupil with no task for this specialist, and another staff member's task
        var own = School.TaskFor(role);
        var specialist = own.Assignee!;
        var theirs = School.OpenTasks().Where(t => t.Assignee == specialist).Select(t => t.PupilId).ToHashSet(StringComparer.Ordinal);
        var stranger = School.Data.Pupils.First(p => !theirs.Contains(p.Id));
        var other = School.OpenTasks().First(t => t.Assignee != specialist && t.PupilId is { } p && !theirs.Contains(p));
        var browser = await School.Staff(specialist);

        // Act + Assert
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/pupils/{stranger.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/classes/{stranger.ClassId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/tasks/{other.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/cases/{other.CaseId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Post($"/tasks/{other.Id}", Forms.Valid(other, WebSchool.Start), tokenFrom: $"/tasks/{own.Id}")).Status);
        Assert.Contains(School.OpenTasks(), t => t.Id == other.Id);
    }

    [Fact]
    public async Task ATeacherOfAnotherClass_FindsNeitherTheSpecialistsPupilNorTheirTask()
    {
        // Arrange: a subject teacher who does not teach the pupil's class sees nothing of the specialist's case
        var task = School.TaskFor(WorkflowRole.SocialPedagogue);
        var outsider = School.Data.Staff.First(s => s.Roles.All(r => r is StaffRole.SubjectTeacher)
            && School.Data.Teaching.Where(t => t.TeacherId == s.Id).All(t => t.ClassId != School.Data.Pupils.First(p => p.Id == task.PupilId).ClassId));
        var browser = await School.Staff(outsider.Id);

        // Act
        var pupilPage = await browser.Get($"/pupils/{task.PupilId}");
        var taskPage = await browser.Get($"/tasks/{task.Id}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, pupilPage.Status);
        Assert.Equal(HttpStatusCode.NotFound, taskPage.Status);
    }
}
