using InternalControl.Workflows.Runtime;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Workflows.Tests;

/// <summary>The task inbox: queries, refusals that change nothing, reassignment, claims, comments.</summary>
public sealed class InboxTests
{
    [Fact]
    public void Complete_UnknownOutcome_RefusedInKyrgyzAndNothingChanges()
    {
        // Arrange
        using var f = new WorkflowFixture();
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

    [Fact]
    public void Complete_BadChoice_RefusedInKazakh()
    {
        // Arrange
        using var f = new WorkflowFixture();
        var runtime = f.Runtime();
        LowAchieverFlowTests.ToFindCause(runtime);

        // Act
        var result = runtime.Complete(LowAchieverFlowTests.Single(runtime, "find_cause").Id, "found", Fields.Of("cause=weather"), Some.ClassTeacher);

        // Assert
        Assert.StartsWith("«weather» — «себебі» өрісінің нұсқасы емес. Нұсқалар: absence, home_preparation", result.Message(Language.Kk), StringComparison.Ordinal);
        Assert.Equal("find_cause", LowAchieverFlowTests.Single(runtime, "find_cause").Step);
    }

    [Fact]
    public void Complete_MissingRequiredField_RefusedInRussian()
    {
        // Arrange: 5.10 asks for the dates the class teacher and the parent were informed.
        using var f = new WorkflowFixture();
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

    [Fact]
    public void Complete_TaskAlreadyCompleted_Refused()
    {
        // Arrange
        using var f = new WorkflowFixture();
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

    [Fact]
    public void Reassign_WithReason_MovesTaskNotifiesAndJournals()
    {
        // Arrange: the maths teacher is away.
        using var f = new WorkflowFixture();
        var runtime = f.Runtime();
        var id = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7").CaseId;
        var task = LowAchieverFlowTests.Single(runtime, "individual_work");

        // Act
        var result = runtime.Reassign(task.Id, Some.OtherTeacher, "на больничном", Some.Deputy);

        // Assert
        Assert.True(result.Ok);
        Assert.Equal(Some.OtherTeacher, runtime.Tasks(new TaskQuery(Assignee: Some.OtherTeacher)).Single().Assignee);
        Assert.Contains(runtime.Outbox(), m => m.Template == "Task.Reassigned" && m.RecipientId == Some.OtherTeacher && m.Language == Language.Ru);
        Assert.EndsWith("Нурлан Ахметов: задача «Индивидуальная работа с учеником (5.1–5.9)» передана: Ирина Петрова; причина: на больничном", runtime.History(id, Language.Ru)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Reassign_WithoutReason_Refused()
    {
        // Arrange
        using var f = new WorkflowFixture();
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");

        // Act
        var result = runtime.Reassign(LowAchieverFlowTests.Single(runtime, "individual_work").Id, Some.OtherTeacher, " ", Some.Deputy);

        // Assert
        Assert.Equal("Тапшырманы башка адамга өткөрүүнүн себебин көрсөтүңүз.", result.Message(Language.Ky));
    }

    [Fact]
    public void Claim_TakenBySomeoneElse_Refused()
    {
        // Arrange
        using var f = new WorkflowFixture();
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");
        var task = LowAchieverFlowTests.Single(runtime, "individual_work");
        runtime.Claim(task.Id, Some.MathTeacher);

        // Act
        var result = runtime.Claim(task.Id, Some.OtherTeacher);

        // Assert
        Assert.Equal("Workflows.Error.AlreadyClaimed", result.Error?.MessageKey);
    }

    [Fact]
    public void Comment_OnTask_WrittenToJournal()
    {
        // Arrange
        using var f = new WorkflowFixture();
        var runtime = f.Runtime();
        var id = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7").CaseId;

        // Act
        runtime.Comment(LowAchieverFlowTests.Single(runtime, "individual_work").Id, "ата-энеси менен сүйлөштүм", Some.MathTeacher);

        // Assert
        var entry = runtime.Journal(id)[^1];
        Assert.Equal((JournalKind.Commented, Some.MathTeacher, "ата-энеси менен сүйлөштүм"), (entry.Kind, entry.Actor, entry.Detail));
    }

    [Fact]
    public void Tasks_ByRole_ListsOnlyThatRole()
    {
        // Arrange
        using var f = new WorkflowFixture();
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");
        LowAchieverFlowTests.ToFindCauseFor(runtime, 2);

        // Act
        var tasks = runtime.Tasks(new TaskQuery(Role: "class_teacher"));

        // Assert
        Assert.Equal(["find_cause"], tasks.Select(t => t.Step));
    }

    [Theory]
    [InlineData(Language.Ky, "Начар окуунун себебин аныктоо (6.1)")]
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
