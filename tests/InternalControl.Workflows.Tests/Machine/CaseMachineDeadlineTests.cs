using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Timers;

namespace InternalControl.Workflows.Tests.Machine;

/// <summary>
/// The pure case machine on the low-achiever workflow (due 10, remind 8, escalate 12 school days to the deputy
/// director), started on Friday 30 October 2026 before the Kyrgyz autumn break (4-8 November): what the subject
/// teacher, the class teacher, the parents and the deputy director see, day by day.
/// </summary>
public sealed class CaseMachineDeadlineTests
{
    private static readonly DateOnly Friday = new(2026, 10, 30);

    private static MachineRig Started()
    {
        var rig = new MachineRig(TestWorkflows.All(), TestWorkflows.LowAchiever, Friday);
        rig.Begin();
        return rig;
    }

    [Fact]
    public void Begin_LowAchiever_TellsClassTeacherAndBothParentsAndGivesTheSubjectTeacherATaskDue18November()
    {
        // Arrange
        var rig = new MachineRig(TestWorkflows.All(), TestWorkflows.LowAchiever, Friday);

        // Act
        var effects = rig.Begin();

        // Assert: one message to each of the three the start step names, then the task's assignment.
        Assert.Equal(
            [("LowAchiever.Started", "T1"), ("LowAchiever.Started", "MP1"), ("LowAchiever.Started", "FP1"), ("Task.Assigned", Some.MathTeacher)],
            effects.Outbox.Select(o => (o.Template, o.Recipient.Id)));
        var task = Assert.Single(effects.NewTasks);
        Assert.Equal(("individual_work", "subject_teacher", Some.MathTeacher, "2026-11-18"), (task.Step, task.Role, task.Assignee, task.Due));
        Assert.StartsWith("2026-10-30", task.CreatedAt, StringComparison.Ordinal);
        Assert.Equal([JournalKind.Started, JournalKind.Notified, JournalKind.TaskCreated], effects.Journal.Select(j => j.Kind));
        Assert.Equal("5.7", effects.Journal[0].Detail);
        Assert.Equal([1, 2, 3], effects.Journal.Select(j => j.Seq));
        Assert.Equal(("subject_teacher", Some.MathTeacher), (effects.Journal[2].Detail, effects.Journal[2].Data));
    }

    [Fact]
    public void Begin_LowAchiever_OnlyTheReminderIsPending_On16November()
    {
        // Act
        var effects = new MachineRig(TestWorkflows.All(), TestWorkflows.LowAchiever, Friday).Begin();

        // Assert: 8 school days: 2, 3, 9, 10, 11, 12, 13, 16 November.
        var timer = Assert.Single(effects.NewTimers);
        Assert.Equal((TimerKind.Remind, "2026-11-16", 7L), (timer.Kind, timer.Due, timer.CaseId));
        Assert.Equal(effects.NewTasks[0].Token, timer.Token);
    }

    [Fact]
    public void Fire_ReminderThenMissedThenEscalation_ReachTheTeacherThenTheDeputyDirector()
    {
        // Arrange
        var rig = Started();
        var task = rig.Task("individual_work");

        // Act 1: the reminder on 16 November.
        rig.Today = new DateOnly(2026, 11, 16);
        var reminded = rig.Apply(m => m.Fire(Timer(task, TimerKind.Remind, "2026-11-16"), task));

        // Assert 1: the teacher is reminded; the missed-deadline timer is the next, the day after the due day.
        Assert.Equal([JournalKind.Reminded], reminded.Journal.Select(j => j.Kind));
        Assert.Equal("2026-11-18", reminded.Journal[0].Detail);
        Assert.Equal([("Task.Reminder", Some.MathTeacher)], reminded.Outbox.Select(o => (o.Template, o.Recipient.Id)));
        Assert.Equal([(TimerKind.Overdue, "2026-11-19")], reminded.NewTimers.Select(t => (t.Kind, t.Due)));
        Assert.Single(reminded.FiredTimers);

        // Act 2: the deadline is missed.
        rig.Today = new DateOnly(2026, 11, 19);
        var missed = rig.Apply(m => m.Fire(Timer(task, TimerKind.Overdue, "2026-11-19"), task));

        // Assert 2
        Assert.Equal([JournalKind.DeadlineMissed], missed.Journal.Select(j => j.Kind));
        Assert.Equal([("Task.Overdue", Some.MathTeacher)], missed.Outbox.Select(o => (o.Template, o.Recipient.Id)));
        Assert.Equal([(TimerKind.Escalate, "2026-11-20")], missed.NewTimers.Select(t => (t.Kind, t.Due)));

        // Act 3: the escalation.
        rig.Today = new DateOnly(2026, 11, 20);
        var escalated = rig.Apply(m => m.Fire(Timer(task, TimerKind.Escalate, "2026-11-20"), task));

        // Assert 3: the deputy director holds the task now, and is told; nothing else is pending.
        var entry = Assert.Single(escalated.Journal);
        Assert.Equal((JournalKind.Escalated, "deputy_director"), (entry.Kind, entry.Detail));
        Assert.Contains("\"from\":\"T2\"", entry.Data, StringComparison.Ordinal);
        Assert.Contains("\"to\":\"D1\"", entry.Data, StringComparison.Ordinal);
        var update = Assert.Single(escalated.TaskUpdates);
        Assert.Equal(("deputy_director", Some.Deputy, (string?)null), (update.Role, update.Assignee, update.ClaimedBy));
        Assert.Equal([("Task.Escalated", Some.Deputy)], escalated.Outbox.Select(o => (o.Template, o.Recipient.Id)));
        Assert.Empty(escalated.NewTimers);
    }

    [Fact]
    public void Fire_ReminderOfATaskAlreadyDone_TellsNobody()
    {
        // Arrange
        var rig = Started();
        var task = rig.Task("individual_work") with { Status = Tasks.WorkTaskStatus.Completed };

        // Act
        var effects = rig.Apply(m => m.Fire(Timer(task, TimerKind.Remind, "2026-11-16"), task));

        // Assert: the timer is spent, and that is all.
        Assert.Single(effects.FiredTimers);
        AssertToldNobody(effects);
    }

    [Fact]
    public void Fire_TimerOfAClosedCase_TellsNobody()
    {
        // Arrange
        var rig = Started();
        var task = rig.Task("individual_work");
        rig.State.Status = Runtime.CaseStatus.Closed;

        // Act
        var effects = rig.Apply(m => m.Fire(Timer(task, TimerKind.Overdue, "2026-11-19"), task));

        // Assert
        Assert.Single(effects.FiredTimers);
        AssertToldNobody(effects);
    }

    [Fact]
    public void Fire_TimerOfATokenThatMovedOn_TellsNobody()
    {
        // Arrange
        var rig = Started();
        var task = rig.Task("individual_work");

        // Act
        var effects = rig.Apply(m => m.Fire(Timer(task, TimerKind.Remind, "2026-11-16") with { Token = 999 }, task));

        // Assert
        AssertToldNobody(effects);
    }

    [Fact]
    public void Fire_EscalationWithoutADeputyDirector_LeavesTheTaskWithNobodyAndTellsNobody()
    {
        // Arrange: a school whose staff has no deputy director.
        var data = Some.School(new Kernel.Schools.School(1, "School 97", Kernel.Schools.Country.Kg, [Localization.Language.Ky], false, "2026-2027"));
        data = data with { Staff = [.. data.Staff.Where(s => s.Id != Some.Deputy)] };
        var rig = new MachineRig(TestWorkflows.All(), TestWorkflows.LowAchiever, Friday, data: data);
        rig.Begin();
        var task = rig.Task("individual_work");

        // Act
        var effects = rig.Apply(m => m.Fire(Timer(task, TimerKind.Escalate, "2026-11-20"), task));

        // Assert
        var update = Assert.Single(effects.TaskUpdates);
        Assert.Equal(("deputy_director", (string?)null), (update.Role, update.Assignee));
        Assert.Empty(effects.Outbox);
    }

    /// <summary>A firing that tells nobody: no journal line, no message and no new timer.</summary>
    private static void AssertToldNobody(Runtime.Transition effects)
    {
        Assert.Empty(effects.Journal);
        Assert.Empty(effects.Outbox);
        Assert.Empty(effects.NewTimers);
    }

    private static TimerRecord Timer(Tasks.TaskRecord task, string kind, string due) =>
        new() { CaseId = 7, Token = task.Token, Kind = kind, Due = due };
}
