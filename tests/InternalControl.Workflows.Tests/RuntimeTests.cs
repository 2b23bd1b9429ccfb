using InternalControl.Testing.Databases;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Tests;

/// <summary>Outbox, registers, concurrency and history of the runtime.</summary>
public sealed class RuntimeTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_Case_NotifiesEachParentInTheirLanguage(Backend backend)
    {
        // Arrange: 5.7, the parents are told; one reads Kyrgyz, the other Russian.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();

        // Act
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");

        // Assert
        var messages = runtime.Outbox().Where(m => m.Template == "LowAchiever.Started").ToDictionary(m => m.RecipientId);
        Assert.Equal("Окуучу 1 (7А) Математика сабагынан үч же андан көп «2» алды. Предметтик мугалим окуучу менен жеке иш баштайт; колдоо көрсөтүүңүздү суранабыз.", messages["MP1"].Text);
        Assert.Equal("У обучающегося Окуучу 1 (7А) три и более оценки «2» по предмету «Математика». Учитель-предметник начинает индивидуальную работу с обучающимся; просим вас её поддержать.", messages["FP1"].Text);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Dispatch_FileSender_WritesEachMessageOnceAndMarksSent(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");
        var path = f.Folder.File("outbox.jsonl");

        // Act
        var first = runtime.Dispatch(new FileSender(path));
        var second = runtime.Dispatch(new FileSender(path));

        // Assert
        Assert.Equal((4, 0, 0), (first.Sent, first.Failed, second.Sent));
        Assert.Equal(4, File.ReadAllLines(path).Length);
        Assert.All(runtime.Outbox(), m => Assert.NotNull(m.SentAt));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Complete_RegisterStep_JournalsTheCompletionUnderItsRegister(Backend backend)
    {
        // Arrange: 6.5, a step that names a register writes its completions there (the registers read the journal).
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        LowAchieverFlowTests.ToFindCause(runtime);
        runtime.Complete(LowAchieverFlowTests.Single(runtime, "find_cause").Id, "found", Fields.Of("cause=absence", "absences=4"), Some.ClassTeacher);
        var task = LowAchieverFlowTests.Single(runtime, "parent_conversation");

        // Act
        runtime.Complete(task.Id, "held", Fields.Of("purpose=absences", "decision=daily check"), Some.ClassTeacher);

        // Assert
        var entry = Assert.Single(runtime.Journal(task.CaseId), e => e.Kind == JournalKind.TaskCompleted && e.Register == "home_visit");
        Assert.Equal((Some.ClassTeacher, "parent_conversation", "daily check"), (entry.Actor, entry.Step, entry.Data["decision"]));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tick_TwoRuntimesAtOnce_EachTimerFiresOnce(Backend backend)
    {
        // Arrange: two workers over one database, 20 cases with timers due.
        using var f = new WorkflowFixture(backend, pupils: 20);
        var a = f.Runtime();
        var b = f.Runtime();
        for (var i = 1; i <= 20; i++)
        {
            a.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(i), "5.7");
        }

        f.SchoolDaysOn(12);

        // Act
        var fired = new[] { a, b }.AsParallel().Select(r => r.Tick()).ToList();

        // Assert: a reminder, a missed deadline and an escalation per case, no more.
        var journal = Enumerable.Range(1, 20).SelectMany(i => a.Journal(i)).ToList();
        Assert.Equal(20, journal.Count(e => e.Kind == JournalKind.Escalated));
        Assert.Equal(20, journal.Count(e => e.Kind == JournalKind.Reminded));
        Assert.Equal(40, a.Outbox().Count(m => m.Template is "Task.Reminder" or "Task.Overdue"));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void History_Case_LinesInKazakh(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var id = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7").CaseId;
        runtime.Complete(LowAchieverFlowTests.Single(runtime, "individual_work").Id, "improved", Fields.Of("measures=қосымша сабақ"), Some.MathTeacher);

        // Act
        var history = runtime.History(id, Language.Kk);

        // Assert
        Assert.EndsWith("Бакыт Осмонов: «Оқушымен жеке жұмыс (5.1–5.9)» тапсырмасы орындалды: нәтиже жақсарды (қабылданған шаралар: қосымша сабақ)", history[^2], StringComparison.Ordinal);
        Assert.EndsWith("іс жабылды: нәтиже жақсарды", history[^1], StringComparison.Ordinal);
    }
}
