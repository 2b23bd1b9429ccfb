using InternalControl.Testing.Databases;
using InternalControl.Workflows.Runtime;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Workflows.Tests;

/// <summary>The task inbox: queries, refusals that change nothing, reassignment, claims, comments.</summary>
public sealed class InboxTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void Complete_UnknownOutcome_RefusedInKyrgyzAndNothingChanges(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var id = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7").CaseId;
        var before = runtime.Journal(id).Count;

        // Act
        var result = runtime.Complete(LowAchieverFlowTests.Single(runtime, "individual_work").Id, "passed", Fields.None, Some.MathTeacher);

        // Assert
        Assert.Equal("«passed» — «Окуучу менен жеке иш (5.1–5.9)» тапшырмасынын натыйжасы эмес. Мүмкүн болгон натыйжалар: improved, no_change.", result.Message(Language.Ky));
        Assert.Equal(before, runtime.Journal(id).Count);
        Assert.Single(runtime.Tasks());
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tasks_HolderWithRolesInClasses_ReadsTheHoldersOpenTasksOnly(Backend backend)
    {
        // Arrange: the inbox's query, with the holder's roles limited to classes (a subject teacher's).
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");
        var query = new TaskQuery { Holder = Some.MathTeacher, OrRoles = [WorkflowRole.ClassTeacher.Code()], OrRolesInClasses = ["7A", "7B"] };

        // Act
        var mine = runtime.Tasks(query);
        var others = runtime.Tasks(query with { Holder = "T-nobody" });

        // Assert
        Assert.Equal("individual_work", Assert.Single(mine).Step);
        Assert.Empty(others);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void TaskKeys_ListEachOpenTaskWithItsPupilsClass_OldestDueFirst_AndIdsReadThoseTasksOnly(Backend backend)
    {
        // Arrange: three pupils' cases, each with the subject teacher's open task; the school's classes and pupils written
        // as an import writes them, where the keys read each pupil's class.
        using var f = new WorkflowFixture(backend, pupils: 3);
        using (var import = f.Database.Schools.BeginImport(f.Data.School.Id))
        {
            import.Commit(new InternalControl.Storage.Schools.SchoolRows { Classes = f.Data.Classes, Staff = f.Data.Staff, Pupils = f.Data.Pupils });
        }

        // A case about no pupil (a teacher's) beside them.
        var aboutTeacher = new WorkflowBuilder("teacher-check").Key("teacher")
            .Task("check", WorkflowRole.DeputyDirector, t => t.Outcome("done", "end").Due(2))
            .End("end", "done")
            .BuildOrThrow();
        var runtime = f.Runtime(TestWorkflows.LowAchieverDefinition(), TestWorkflows.CouncilDefinition(), aboutTeacher);
        foreach (var n in new[] { 1, 2, 3 })
        {
            runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(n), "5.7");
        }

        Assert.True(runtime.Start("teacher-check", new CaseContext(null, null, null, new Dictionary<string, string> { ["teacher"] = Some.MathTeacher }), "test").Ok);

        var open = runtime.Tasks();

        // Act
        var keys = runtime.TaskKeys(new TaskQuery());
        var two = runtime.Tasks(new TaskQuery { Ids = [keys[2].Id, keys[0].Id] });
        var none = runtime.Tasks(new TaskQuery { Ids = [] });

        // Assert: the keys in the inbox's order, each with its pupil's class (none for the teacher's case); the ids read
        // just those two, in that order.
        Assert.Equal(open.Select(t => t.Id), keys.Select(k => k.Id));
        Assert.Equal(open.Select(t => t.PupilId is null ? null : f.Data.Pupils.Single(p => p.Id == t.PupilId).ClassId), keys.Select(k => k.ClassId));
        Assert.Equal(open.Select(t => (t.SubjectId, t.Workflow)), keys.Select(k => (k.SubjectId, k.Workflow)));
        Assert.Equal([(null, null, "teacher-check"), .. Enumerable.Repeat<(string?, string?, string)>(("7A", "MATH", TestWorkflows.LowAchiever), 3)], keys.Select(k => (k.ClassId, k.SubjectId, k.Workflow)).OrderBy(k => k.Workflow != "teacher-check"));
        Assert.Equal([keys[0].Id, keys[2].Id], two.Select(t => t.Id));
        Assert.Empty(none);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Complete_BadChoice_RefusedInKazakh(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        LowAchieverFlowTests.ToFindCause(runtime);

        // Act
        var result = runtime.Complete(LowAchieverFlowTests.Single(runtime, "find_cause").Id, "found", Fields.Of("cause=weather"), Some.ClassTeacher);

        // Assert
        Assert.StartsWith("«weather» — «себебі» өрісінің нұсқасы емес. Нұсқалар: absence, home_preparation", result.Message(Language.Kk), StringComparison.Ordinal);
        Assert.Equal("find_cause", LowAchieverFlowTests.Single(runtime, "find_cause").Step);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Complete_MissingRequiredField_RefusedInRussian(Backend backend)
    {
        // Arrange: 5.10 asks for the dates the class teacher and the parent were informed.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");
        runtime.Complete(LowAchieverFlowTests.Single(runtime, "individual_work").Id, "no_change", Fields.None, Some.MathTeacher);

        // Act
        var result = runtime.Complete(LowAchieverFlowTests.Single(runtime, "report_5_10").Id, "filed", Fields.Of("parent_informed=2026-10-01"), Some.MathTeacher);

        // Assert
        Assert.Equal("Чтобы завершить задачу «Отчёт о работе, не давшей изменений (5.10)», заполните поле «дата информирования классного руководителя».", result.Message(Language.Ru));
    }

    [Theory]
    [InlineData("absences=many", "Workflows.Error.BadNumber")]
    [InlineData("colour=red", "Workflows.Error.UnknownField")]
    public void Complete_WrongField_Refused(string field, string key)
    {
        // Arrange
        using var f = new WorkflowFixture();
        var runtime = f.Runtime();
        LowAchieverFlowTests.ToFindCause(runtime);

        // Act
        var result = runtime.Complete(LowAchieverFlowTests.Single(runtime, "find_cause").Id, "found", Fields.Of("cause=absence", field), Some.ClassTeacher);

        // Assert
        Assert.Equal(key, result.Error?.MessageKey);
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("2.5")]
    public void Finding6_ANegativeOrFractionalCount_IsRefusedForItsField_AndTheTaskStaysOpen(string absences)
    {
        // Arrange
        using var f = new WorkflowFixture();
        var runtime = f.Runtime();
        var id = LowAchieverFlowTests.ToFindCause(runtime);
        var task = LowAchieverFlowTests.Single(runtime, "find_cause");
        var journal = runtime.Journal(id).Count;

        // Act
        var result = runtime.Complete(task.Id, "found", Fields.Of("cause=absence", "absences=" + absences), Some.ClassTeacher);

        // Assert
        Assert.Equal("IC3201", result.Error?.Code);
        Assert.Contains("«" + absences + "» is not a count: write a whole number, 0 or more", result.Message(Language.En), StringComparison.Ordinal);
        Assert.Contains("«" + absences + "» — не количество: укажите целое число, 0 или больше", result.Message(Language.Ru), StringComparison.Ordinal);
        Assert.Equal(task.Id, LowAchieverFlowTests.Single(runtime, "find_cause").Id);
        Assert.Equal(journal, runtime.Journal(id).Count);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Complete_TaskAlreadyCompleted_Refused(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");
        var task = LowAchieverFlowTests.Single(runtime, "individual_work");
        runtime.Complete(task.Id, "no_change", Fields.None, Some.MathTeacher);

        // Act
        var again = runtime.Complete(task.Id, "no_change", Fields.None, Some.MathTeacher);

        // Assert
        Assert.Equal("Workflows.Error.TaskClosed", again.Error?.MessageKey);
        Assert.Equal("IC2412", again.Error?.Code);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Reassign_WithReason_MovesTaskNotifiesAndJournals(Backend backend)
    {
        // Arrange: the maths teacher is away.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var id = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7").CaseId;
        var task = LowAchieverFlowTests.Single(runtime, "individual_work");

        // Act
        var result = runtime.Reassign(task.Id, Some.OtherTeacher, "на больничном", Some.Deputy);

        // Assert
        Assert.True(result.Ok);
        Assert.Equal(Some.OtherTeacher, runtime.Tasks(new TaskQuery(Assignee: Some.OtherTeacher)).Single().Assignee);
        Assert.Contains(runtime.Outbox(), m => m.Template == "Task.Reassigned" && m.RecipientId == Some.OtherTeacher && m.Language == Language.Ru);
        Assert.EndsWith("Нурлан Ахметов: задача «Индивидуальная работа с обучающимся (5.1–5.9)» передана: Ирина Петрова; причина: на больничном", runtime.History(id, Language.Ru)[^1], StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Reassign_WithoutReason_Refused(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");

        // Act
        var result = runtime.Reassign(LowAchieverFlowTests.Single(runtime, "individual_work").Id, Some.OtherTeacher, " ", Some.Deputy);

        // Assert
        Assert.Equal("Тапшырманы башка адамга өткөрүүнүн себебин көрсөтүңүз.", result.Message(Language.Ky));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Claim_TakenBySomeoneElse_Refused(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");
        var task = LowAchieverFlowTests.Single(runtime, "individual_work");
        runtime.Claim(task.Id, Some.MathTeacher);

        // Act
        var result = runtime.Claim(task.Id, Some.OtherTeacher);

        // Assert
        Assert.Equal("Workflows.Error.AlreadyClaimed", result.Error?.MessageKey);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Comment_OnTask_WrittenToJournal(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var id = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7").CaseId;

        // Act
        runtime.Comment(LowAchieverFlowTests.Single(runtime, "individual_work").Id, "ата-энеси менен сүйлөштүм", Some.MathTeacher);

        // Assert
        var entry = runtime.Journal(id)[^1];
        Assert.Equal((JournalKind.Commented, Some.MathTeacher, "ата-энеси менен сүйлөштүм"), (entry.Kind, entry.Actor, entry.Detail));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tasks_ByRole_ListsOnlyThatRole(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");
        LowAchieverFlowTests.ToFindCauseFor(runtime, 2);

        // Act
        var tasks = runtime.Tasks(new TaskQuery(Role: "class_teacher"));

        // Assert
        Assert.Equal(["find_cause"], tasks.Select(t => t.Step));
    }

    [Theory]
    [InlineData(Language.Ky, "Сабактан жетишпөөнүн себебин аныктоо (6.1)")]
    [InlineData(Language.Kk, "Үлгермеу себебін анықтау (6.1)")]
    [InlineData(Language.Ru, "Выяснение причины неуспеваемости (6.1)")]
    public void Title_FindCauseTask_InReadersLanguage(Language language, string expected)
    {
        // Arrange: 6.1, the class teacher finds the cause.
        using var f = new WorkflowFixture();
        var runtime = f.Runtime();
        LowAchieverFlowTests.ToFindCause(runtime);

        // Act
        var title = LowAchieverFlowTests.Single(runtime, "find_cause").Title(language);

        // Assert
        Assert.Equal(expected, title);
    }
}
