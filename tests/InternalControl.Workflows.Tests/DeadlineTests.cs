using InternalControl.Testing.Databases;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Journal;

namespace InternalControl.Workflows.Tests;

/// <summary>Deadlines count school days; a missed one reminds, then escalates, and the journal says so.</summary>
public sealed class DeadlineTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_TaskBeforeAutumnVacation_DueDateSkipsVacation(Backend backend)
    {
        // Arrange: Friday 30 October 2026; the Kyrgyz autumn break is 4-8 November.
        using var f = new WorkflowFixture(backend, now: new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero));
        var runtime = f.Runtime();

        // Act
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");

        // Assert: 10 school days: 2, 3, 9, 10, 11, 12, 13, 16, 17, 18 November.
        Assert.Equal(new DateOnly(2026, 11, 18), LowAchieverFlowTests.Single(f.Runtime(), "individual_work").Due);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tick_DuringVacation_FiresNoReminder(Backend backend)
    {
        // Arrange: the reminder comes 8 school days on (13 November), not during the break.
        using var f = new WorkflowFixture(backend, now: new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.Zero));
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");
        f.SetDate(new DateOnly(2026, 11, 8));

        // Act
        var fired = runtime.Tick();

        // Assert
        Assert.Equal(0, fired);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tick_PastEscalationDay_RemindsThenEscalatesToDeputy(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var id = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7").CaseId;

        // Act: the process was down for the whole period; everything due fires on the next run.
        f.SchoolDaysOn(12);
        runtime.Tick();

        // Assert
        var kinds = runtime.Journal(id).Select(e => e.Kind).ToList();
        Assert.Equal([JournalKind.Reminded, JournalKind.DeadlineMissed, JournalKind.Escalated], kinds.Where(k => k is JournalKind.Reminded or JournalKind.DeadlineMissed or JournalKind.Escalated));
        var task = LowAchieverFlowTests.Single(runtime, "individual_work");
        Assert.Equal((Some.Deputy, "deputy_director"), (task.Assignee, task.Role));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tick_EachNight_RemindsOnDay8_MissesOnDay11_EscalatesOnDay12(Backend backend)
    {
        // Arrange: due in 10 school days, reminder on the 8th, escalation on the 12th; ticks run every school day.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var start = f.Today;
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");

        // Act
        var firedOn = new List<int>();
        for (var day = 1; day <= 15; day++)
        {
            f.SetDate(f.Calendar.AddSchoolDays(start, day));
            if (runtime.Tick() > 0)
            {
                firedOn.Add(day);
            }
        }

        // Assert
        Assert.Equal([8, 11, 12], firedOn);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tick_Escalated_DeputyGetsRussianNoticeAndJournalSaysSo(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var id = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7").CaseId;
        f.SchoolDaysOn(12);

        // Act
        runtime.Tick();

        // Assert
        var notice = Assert.Single(runtime.Outbox(), m => m.Template == "Task.Escalated");
        Assert.Equal("Задача «Индивидуальная работа с обучающимся (5.1–5.9)» (обучающийся Окуучу 1, 7А, Математика) не выполнена в срок и передана вам.", notice.Text);
        Assert.Contains(runtime.History(id, Language.Ru), line => line.EndsWith(
            "задача «Индивидуальная работа с обучающимся (5.1–5.9)» не выполнена в срок и передана: заместитель директора по учебной работе — Нурлан Ахметов",
            StringComparison.Ordinal));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tick_Twice_FiresEachTimerOnce(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");
        f.SchoolDaysOn(12);
        var first = runtime.Tick();

        // Act
        var second = runtime.Tick();

        // Assert
        Assert.Equal((3, 0), (first, second));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tick_ReminderForKyrgyzTeacher_RenderedInKyrgyz(Backend backend)
    {
        // Arrange: 8 school days after 1 October 2026 is 13 October.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");
        f.SchoolDaysOn(8);

        // Act
        runtime.Tick();

        // Assert
        var reminder = Assert.Single(runtime.Outbox(), m => m.Template == "Task.Reminder");
        Assert.Equal((Some.MathTeacher, Language.Ky), (reminder.RecipientId, reminder.Language));
        var due = new DateOnly(2026, 10, 15).ToString("d", Language.Ky.Culture());
        Assert.Equal($"Эскертме: «Окуучу менен жеке иш (5.1–5.9)» тапшырмасынын мөөнөтү — {due} (окуучу Окуучу 1, Математика).", reminder.Text);
    }
}
