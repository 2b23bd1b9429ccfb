using System.Net;
using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Web.Tests;

/// <summary>
/// Who sees what: every role against the pupil, class, case and task pages and the task form, for one of their own and
/// for someone else's. Anything not theirs answers 404, exactly like an id that does not exist.
/// </summary>
public sealed class AccessMatrixTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Fact]
    public async Task SubjectTeacher_SeesTheirTaskPupilAndCase_AndNotAPupilOfAClassTheyDoNotTeach()
    {
        var task = school.TaskFor(WorkflowRole.SubjectTeacher);
        var teacher = task.Assignee!;
        var browser = await school.Staff(teacher);
        var taught = school.Data.Teaching.Where(t => t.TeacherId == teacher).Select(t => t.ClassId).ToHashSet();
        var ownClass = school.Data.Classes.Where(c => c.ClassTeacherId == teacher).Select(c => c.Id).ToHashSet();
        var stranger = school.Data.Pupils.First(p => !taught.Contains(p.ClassId) && !ownClass.Contains(p.ClassId));
        var otherTask = school.OpenTasks().First(t => t.PupilId == stranger.Id || (t.PupilId is { } p && !taught.Contains(school.Data.Pupils.First(x => x.Id == p).ClassId)));

        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/tasks/{task.Id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/pupils/{task.PupilId}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/cases/{task.CaseId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/pupils/{stranger.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/tasks/{otherTask.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/cases/{otherTask.CaseId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Post($"/tasks/{otherTask.Id}", Forms.Valid(otherTask, WebSchool.Start), tokenFrom: $"/tasks/{task.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/classes/{stranger.ClassId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get("/pupils/no-such-pupil")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get("/tasks/987654321")).Status);
    }

    [Fact]
    public async Task SubjectTeacher_SeesOnlyTheirSubjectsMarks_OnAPupilsPage()
    {
        var teaching = school.Data.Teaching.GroupBy(t => t.TeacherId).First(g => school.Data.Classes.All(c => c.ClassTeacherId != g.Key) && g.Select(t => t.SubjectId).Distinct().Count() < 3);
        var classId = teaching.First().ClassId;
        var mine = teaching.Where(t => t.ClassId == classId).Select(t => t.SubjectId).ToHashSet();
        var pupil = school.Data.Pupils.First(p => p.ClassId == classId && school.Data.Marks.Any(m => m.PupilId == p.Id && !mine.Contains(m.SubjectId)));
        var others = school.Data.Marks.Where(m => m.PupilId == pupil.Id && !mine.Contains(m.SubjectId)).Select(m => m.SubjectId).Distinct()
            .Select(id => school.Data.Subjects.First(s => s.Id == id).NameKy).Where(n => school.Data.Subjects.Where(s => mine.Contains(s.Id)).All(s => !s.NameKy.Contains(n, StringComparison.Ordinal))).ToList();
        var browser = await school.Staff(teaching.Key);

        var page = await browser.Get($"/pupils/{pupil.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(others);
        Assert.All(others, name => Assert.DoesNotContain(name, page.Html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClassTeacher_SeesTheirClass_AndNotAnotherClassOrItsPupils()
    {
        var group = school.Data.Classes.First(c => c.ClassTeacherId is not null && school.Data.Teaching.All(t => t.TeacherId != c.ClassTeacherId || t.ClassId == c.Id));
        var other = school.Data.Classes.First(c => c.Id != group.Id && school.Data.Teaching.All(t => t.TeacherId != group.ClassTeacherId || t.ClassId != c.Id));
        var browser = await school.Staff(group.ClassTeacherId!);

        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/classes/{group.Id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/pupils/{school.Data.Pupils.First(p => p.ClassId == group.Id).Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/classes/{other.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/pupils/{school.Data.Pupils.First(p => p.ClassId == other.Id).Id}")).Status);
    }

    [Fact]
    public async Task DeputyDirector_SeesTheWholeSchool()
    {
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        var task = school.TaskFor(WorkflowRole.SubjectTeacher);

        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/pupils/{school.Data.Pupils[^1].Id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/classes/{school.Data.Classes[^1].Id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/cases/{task.CaseId}")).Status);
    }

    [Fact]
    public async Task DeputyDirector_InboxShowsFailedDeliveries_ClassTeachersDoesNot()
    {
        // Arrange: nobody has a configured channel, so every due message fails (and stays in the outbox)
        int failed;
        using (var session = school.Open())
        {
            await session.Runtime.DeliverAsync([], new InternalControl.Workflows.Outbox.DeliveryOptions(1, TimeSpan.Zero, TimeSpan.Zero, new Random(1)));
            failed = session.Runtime.FailedMessages().Count;
        }

        var head = school.First(StaffRole.DeputyDirector);
        var heading = InternalControl.Localization.Texts.Get("Outbox.Web.Failed", head.Language, failed);
        var deputy = await school.Staff(head.Id);
        var teacher = await school.Staff(school.Data.Classes[0].ClassTeacherId!);

        // Act
        var deputyInbox = await deputy.Get("/");
        var teacherInbox = await teacher.Get("/");

        // Assert
        Assert.True(failed > 0);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(heading), deputyInbox.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(heading), teacherInbox.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parent_SeesOwnChildOnly_AndNoStaffTask()
    {
        var parent = school.Data.Parents[0];
        var child = school.Data.Pupils.First(p => p.Id == parent.PupilId);
        var other = school.Data.Pupils.First(p => school.Data.Parents.Where(x => x.Id == parent.Id).All(x => x.PupilId != p.Id));
        var browser = await school.SignedIn(PersonKind.Parent, parent.Id);

        var inbox = await browser.Get("/");

        Assert.Contains(child.FullName, inbox.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(other.FullName, inbox.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.Get($"/pupils/{child.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/pupils/{other.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/tasks/{school.TaskFor(WorkflowRole.SubjectTeacher).Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/classes/{child.ClassId}")).Status);
    }

    [Fact]
    public async Task Psychologist_WithoutATask_SeesNoPupil()
    {
        var psychologist = school.First(StaffRole.Psychologist);
        var browser = await school.Staff(psychologist.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/pupils/{school.TaskFor(WorkflowRole.SubjectTeacher).PupilId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get($"/classes/{school.Data.Classes[0].Id}")).Status);
    }

    [Fact]
    public async Task NobodySignedIn_IsSentToSignIn_ForEveryPage()
    {
        var browser = school.Browser(followRedirects: false);
        var task = school.TaskFor(WorkflowRole.SubjectTeacher);

        foreach (var path in new[] { "/", $"/tasks/{task.Id}", $"/cases/{task.CaseId}", $"/pupils/{task.PupilId}", $"/classes/{school.Data.Classes[0].Id}" })
        {
            var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/signin", response.Headers.Location?.OriginalString, StringComparer.OrdinalIgnoreCase);
        }
    }
}
