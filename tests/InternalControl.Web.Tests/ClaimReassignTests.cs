using System.Globalization;
using System.Net;
using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Web.Tests;

/// <summary>
/// Claim and reassign with a reason, as `ic` does, from the inbox and the task page: who may (the access matrix of these
/// two forms), what changes, what is refused with a message, and that anything not one's own answers 404.
/// </summary>
public sealed class ClaimReassignTests
{
    [Fact]
    public async Task Claim_ATaskOfMyRoleFromTheInbox_MakesItMine_AndIsAudited()
    {
        // Arrange
        using var school = new WebSchool();
        var (claimer, task) = Claimable(school);
        var browser = await school.Staff(claimer);
        var inbox = await browser.Get("/");

        // Act
        var claimed = await browser.Post($"/tasks/{task.Id}?handler=Claim", [], tokenFrom: "/");

        // Assert
        Assert.Contains($"/tasks/{task.Id}?handler=Claim", inbox.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, claimed.Status);
        Assert.Contains("Ишке алган:", claimed.Html, StringComparison.Ordinal);
        using var session = school.Open();
        Assert.Equal(claimer, session.Runtime.Task(task.Id)!.ClaimedBy);
        Assert.Contains(session.Runtime.Journal(task.CaseId), e => e.Kind == JournalKind.Claimed && e.Detail == claimer);
        Assert.Contains(school.Access.AuditTrail(), e => e.Actor == "staff:" + claimer && e.Action == "task.claimed" && e.Target == Id(task));
    }

    [Fact]
    public async Task Claim_ATaskSomeoneElseTook_Is409WithTheMessage_AndChangesNothing()
    {
        // Arrange: the claimer takes it first; the task's former assignee still acts for the role.
        using var school = new WebSchool();
        var (claimer, task) = Claimable(school);
        var browser = await school.Staff(task.Assignee!);
        var form = await browser.Get($"/tasks/{task.Id}");
        using (var session = school.Open())
        {
            Assert.True(session.Runtime.Claim(task.Id, claimer).Ok);
        }

        // Act
        var late = await browser.Post($"/tasks/{task.Id}?handler=Claim", [], tokenFrom: "/");

        // Assert
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains($"{task.Id} тапшырмасын башка адам алып алган.", late.Html, StringComparison.Ordinal);
        using var after = school.Open();
        Assert.Equal(claimer, after.Runtime.Task(task.Id)!.ClaimedBy);
    }

    [Fact]
    public async Task ClaimAndReassign_OfATaskNotMine_Answer404_ForEveryRoleThatMayNot_AndNothingChanges()
    {
        // Arrange: a subject teacher's task; a teacher of other classes, a parent, and the class teacher who only reads it.
        using var school = new WebSchool();
        string ClassTeacherOf(string pupilId) => school.Data.Classes.First(c => c.Id == school.Data.Pupils.First(p => p.Id == pupilId).ClassId).ClassTeacherId!;
        var task = school.OpenTasks().First(t => t.Role == WorkflowRole.SubjectTeacher.Code() && t.Assignee is not null && t.PupilId is not null && ClassTeacherOf(t.PupilId) != t.Assignee);
        var pupil = school.Data.Pupils.First(p => p.Id == task.PupilId);
        var stranger = school.Data.Staff.First(s => s.Has(StaffRole.SubjectTeacher) && !s.Has(StaffRole.DeputyDirector) && !s.Has(StaffRole.Director)
            && school.Data.Teaching.Where(t => t.TeacherId == s.Id).All(t => t.ClassId != pupil.ClassId) && school.Data.Classes.All(c => c.ClassTeacherId != s.Id || c.Id != pupil.ClassId));
        var reader = ClassTeacherOf(pupil.Id);
        var parent = school.Data.Parents.First(p => p.PupilId == pupil.Id);
        var deputy = school.First(StaffRole.DeputyDirector).Id;
        KeyValuePair<string, string>[] reassign = [new("to", deputy), new("reason", "Ооруп калды")];

        // Act
        var strangerBrowser = await school.Staff(stranger.Id);
        var parentBrowser = await school.SignedIn(PersonKind.Parent, parent.Id);
        var readerBrowser = await school.Staff(reader);
        var answers = new List<HttpStatusCode>
        {
            (await strangerBrowser.Post($"/tasks/{task.Id}?handler=Claim", [], tokenFrom: "/")).Status,
            (await strangerBrowser.Post($"/tasks/{task.Id}?handler=Reassign", reassign, tokenFrom: "/")).Status,
            (await parentBrowser.Post($"/tasks/{task.Id}?handler=Claim", [], tokenFrom: "/")).Status,
            (await parentBrowser.Post($"/tasks/{task.Id}?handler=Reassign", reassign, tokenFrom: "/")).Status,
            (await readerBrowser.Post($"/tasks/{task.Id}?handler=Reassign", reassign, tokenFrom: "/")).Status,
            (await readerBrowser.Post("/tasks/987654321?handler=Claim", [], tokenFrom: "/")).Status,
        };

        // Assert
        Assert.True(readerBrowser is not null && (await readerBrowser.Get($"/tasks/{task.Id}")).Status == HttpStatusCode.OK, "The class teacher may read the task.");
        Assert.All(answers, status => Assert.Equal(HttpStatusCode.NotFound, status));
        using var session = school.Open();
        var now = session.Runtime.Task(task.Id)!;
        Assert.Equal((task.Assignee, (string?)null), (now.Assignee, now.ClaimedBy));
    }

    [Fact]
    public async Task Reassign_ByTheHolderWithAReason_HandsItOver_WithTheReasonInTheJournal()
    {
        // Arrange
        using var school = new WebSchool();
        var task = school.TaskFor(WorkflowRole.SubjectTeacher);
        var deputy = school.First(StaffRole.DeputyDirector).Id;
        var browser = await school.Staff(task.Assignee!);
        var page = await browser.Get($"/tasks/{task.Id}");

        // Act
        var done = await browser.Post($"/tasks/{task.Id}?handler=Reassign", [new("to", deputy), new("reason", "Мугалим ооруп калды")]);

        // Assert
        Assert.Contains("name=\"reason\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, done.Status);
        using var session = school.Open();
        Assert.Equal(deputy, session.Runtime.Task(task.Id)!.Assignee);
        Assert.Contains(session.Runtime.Journal(task.CaseId), e => e.Kind == JournalKind.Reassigned && e.Detail == "Мугалим ооруп калды");
        Assert.Contains(school.Access.AuditTrail(), e => e.Action == "task.reassigned" && e.Target == Id(task));
    }

    [Fact]
    public async Task Reassign_ByTheDeputyDirector_OfAnyTask_IsAllowed()
    {
        // Arrange
        using var school = new WebSchool();
        var task = school.TaskFor(WorkflowRole.SubjectTeacher);
        var deputy = school.First(StaffRole.DeputyDirector).Id;
        var to = school.Data.Staff.First(s => s.Id != task.Assignee && s.Id != deputy).Id;
        var browser = await school.Staff(deputy);

        // Act
        var done = await browser.Post($"/tasks/{task.Id}?handler=Reassign", [new("to", to), new("reason", "Жүктөмдү бөлүштүрүү")]);

        // Assert
        Assert.Equal(HttpStatusCode.OK, done.Status);
        using var session = school.Open();
        Assert.Equal(to, session.Runtime.Task(task.Id)!.Assignee);
    }

    [Fact]
    public async Task Reassign_WithoutAReason_IsRefusedBesideTheReason_AndNothingChanges()
    {
        // Arrange
        using var school = new WebSchool();
        var task = school.TaskFor(WorkflowRole.SubjectTeacher);
        var deputy = school.First(StaffRole.DeputyDirector).Id;
        var browser = await school.Staff(task.Assignee!);

        // Act
        var refused = await browser.Post($"/tasks/{task.Id}?handler=Reassign", [new("to", deputy), new("reason", "  ")]);

        // Assert
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        var reason = refused.Html.IndexOf("name=\"reason\"", StringComparison.Ordinal);
        var message = refused.Html.IndexOf("Тапшырманы башка адамга өткөрүүнүн себебин көрсөтүңүз.", StringComparison.Ordinal);
        Assert.True(reason >= 0 && message > reason, "The message stands right after the reason.");
        using var session = school.Open();
        Assert.Equal(task.Assignee, session.Runtime.Task(task.Id)!.Assignee);
        Assert.DoesNotContain(session.Runtime.Journal(task.CaseId), e => e.Kind == JournalKind.Reassigned);
    }

    [Fact]
    public async Task Reassign_ToSomeoneNotOfTheSchoolsStaff_Answers404_AndNothingChanges()
    {
        // Arrange
        using var school = new WebSchool();
        var task = school.TaskFor(WorkflowRole.SubjectTeacher);
        var browser = await school.Staff(task.Assignee!);

        // Act
        var answer = await browser.Post($"/tasks/{task.Id}?handler=Reassign", [new("to", "no-such-staff"), new("reason", "себеп")]);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        using var session = school.Open();
        Assert.Equal(task.Assignee, session.Runtime.Task(task.Id)!.Assignee);
    }

    [Fact]
    public async Task Claim_WithoutTheAntiforgeryToken_IsRejected_AndNothingChanges()
    {
        // Arrange
        using var school = new WebSchool();
        var (claimer, task) = Claimable(school);
        var browser = await school.Staff(claimer);

        // Act
        var answer = await browser.PostRaw($"/tasks/{task.Id}?handler=Claim", []);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        using var session = school.Open();
        Assert.Null(session.Runtime.Task(task.Id)!.ClaimedBy);
    }

    /// <summary>A member of staff and an open task of their role that is not theirs yet and nobody has taken.</summary>
    private static (string Staff, WorkflowTask Task) Claimable(WebSchool school)
    {
        using var session = school.Open();
        var tasks = session.Runtime.Tasks(new TaskQuery());
        foreach (var staff in school.Data.Staff)
        {
            var access = PupilAccess.For(new Person(school.Workspace.School.Id, PersonKind.Staff, staff.Id), session.Data, session.Runtime);
            if (tasks.FirstOrDefault(t => t.Assignee is not null && access.CanClaim(t)) is { } task)
            {
                return (staff.Id, task);
            }
        }

        throw new InvalidOperationException("The sample school has no task that someone else of its role could take.");
    }

    private static string Id(WorkflowTask task) => task.Id.ToString(CultureInfo.InvariantCulture);
}
