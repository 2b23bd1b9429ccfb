using InternalControl.Testing.Databases;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Workflows.Tests;

/// <summary>A parents' task handed to a member of staff: its role follows the new assignee, so reminders reach them.</summary>
public sealed class ReassignParentsTaskTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void Reassign_ParentsTaskToStaff_RoleFollowsTheAssignee(Backend backend)
    {
        // Arrange: the parents are not answering; the class teacher takes the task over.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime(Definition());
        runtime.Start("consent", WorkflowFixture.Pupil(1), "test");
        var task = runtime.Tasks().Single();

        // Act
        var result = runtime.Reassign(task.Id, Some.ClassTeacher, "родители не отвечают", Some.Deputy);

        // Assert
        Assert.True(result.Ok, result.Message(Language.En));
        Assert.Equal(("parents", "class_teacher", Some.ClassTeacher), (task.Role, runtime.Tasks().Single().Role, runtime.Tasks().Single().Assignee));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tick_ParentsTaskReassignedToStaff_ReminderAndOverdueReachTheNewAssignee(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime(Definition());
        var id = runtime.Start("consent", WorkflowFixture.Pupil(1), "test").CaseId;
        runtime.Reassign(runtime.Tasks().Single().Id, Some.OtherTeacher, "родители не отвечают", Some.Deputy);

        // Act: past the deadline.
        f.SchoolDaysOn(4);
        runtime.Tick();

        // Assert: both notices go to the teacher, in her language (Russian).
        var notices = runtime.Outbox().Where(m => m.Template is "Task.Reminder" or "Task.Overdue").ToList();
        Assert.Equal(2, runtime.Journal(id).Count(e => e.Kind is JournalKind.Reminded or JournalKind.DeadlineMissed));
        Assert.Equal(
            [("Task.Reminder", Some.OtherTeacher, Language.Ru), ("Task.Overdue", Some.OtherTeacher, Language.Ru)],
            notices.Select(m => (m.Template, m.RecipientId, m.Language)));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Reassign_StaffTaskToColleague_KeepsItsRole(Backend backend)
    {
        // Arrange: a class teacher's task handed to a colleague stays class teacher's work.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime(Definition());
        runtime.Start("consent", WorkflowFixture.Pupil(1), "test");
        runtime.Complete(runtime.Tasks().Single().Id, "signed", Fields.None, "MP1");
        var task = runtime.Tasks(new TaskQuery(OpenOnly: true)).Single();

        // Act
        runtime.Reassign(task.Id, Some.OtherTeacher, "отпуск", Some.Deputy);

        // Assert
        Assert.Equal("class_teacher", runtime.Tasks(new TaskQuery(OpenOnly: true)).Single().Role);
    }

    private static WorkflowDefinition Definition() => new WorkflowBuilder("consent").Key("pupil")
        .Task("sign", WorkflowRole.Parents, t => t.Outcome("signed", "file").Due(2, remind: 1))
        .Task("file", WorkflowRole.ClassTeacher, t => t.Outcome("filed", "done"))
        .End("done", "signed")
        .BuildOrThrow();
}
