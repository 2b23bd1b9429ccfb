using InternalControl.Testing.Databases;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Workflows.Tests;

/// <summary>The reference workflow (Kyrgyz school No. 97, regulation 5-9) through every branch.</summary>
public sealed class LowAchieverFlowTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void Complete_Improved_ClosesCaseAsImproved(Backend backend)
    {
        // Arrange: 5.7 started the case; 5.1-5.9 individual work is the subject teacher's task.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var started = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");

        // Act
        var result = runtime.Complete(Single(runtime, "individual_work").Id, "improved", Fields.Of("measures=extra lessons"), Some.MathTeacher);

        // Assert
        Assert.True(result.Ok);
        var summary = runtime.Case(started.CaseId)!;
        Assert.Equal(("closed", "improved"), (summary.Status, summary.Result));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_Case_AssignsSubjectTeacherOfPupilsClass(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();

        // Act
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");

        // Assert
        var task = Single(runtime, "individual_work");
        Assert.Equal((Some.MathTeacher, "subject_teacher"), (task.Assignee, task.Role));
    }

    [Theory]
    [InlineData("1", "diary_notice", "review_wait")] // 6.2: unexcused once or twice -> a note in the diary
    [InlineData("4", "parent_conversation", "parent_conversation")] // 6.2: several times -> conversation with the parent
    [InlineData("9", "small_council", "council_meeting")] // 6.2: systematic -> small pedagogical council
    public void Complete_AbsenceCause_RoutesByNumberOfAbsences(string absences, string decided, string restsAt)
    {
        // Arrange
        using var f = new WorkflowFixture();
        var runtime = f.Runtime();
        var id = ToFindCause(runtime);

        // Act
        runtime.Complete(Single(runtime, "find_cause").Id, "found", Fields.Of("cause=absence", "absences=" + absences), Some.ClassTeacher);

        // Assert
        Assert.Contains(runtime.Journal(id), e => e.Kind == JournalKind.Decided && e.Detail == decided);
        Assert.Contains(restsAt, runtime.Case(id)!.CurrentSteps);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Complete_ParentRefuses_EndsWithCommission(Backend backend)
    {
        // Arrange: 6.3 preventive work, the parent refuses, 8.6 the administration sends the materials on.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var id = ToFindCause(runtime);
        runtime.Complete(Single(runtime, "find_cause").Id, "found", Fields.Of("cause=home_preparation"), Some.ClassTeacher);
        runtime.Complete(Single(runtime, "preventive_work").Id, "parent_refuses", Fields.None, Some.ClassTeacher);

        // Act
        runtime.Complete(Single(runtime, "administration").Id, "commission", Fields.None, Some.Deputy);

        // Assert
        Assert.Equal("commission", runtime.Case(id)!.Result);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Complete_MarkingCause_GoesThroughInspectionToReview(Backend backend)
    {
        // Arrange: 6.4 a talk with the subject teacher, or an inspection by the administration.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var id = ToFindCause(runtime);
        runtime.Complete(Single(runtime, "find_cause").Id, "found", Fields.Of("cause=non_objective_marking"), Some.ClassTeacher);
        runtime.Complete(Single(runtime, "talk_subject_teacher").Id, "inspection", Fields.None, Some.ClassTeacher);

        // Act
        runtime.Complete(Single(runtime, "inspection").Id, "done", Fields.None, Some.Deputy);

        // Assert
        Assert.Equal(["review_wait"], runtime.Case(id)!.CurrentSteps);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tick_AfterReviewWait_OpensReviewTask(Backend backend)
    {
        // Arrange: 20 school days of measures, then the review.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var id = ToFindCause(runtime);
        runtime.Complete(Single(runtime, "find_cause").Id, "found", Fields.Of("cause=absence", "absences=1"), Some.ClassTeacher);
        f.SchoolDaysOn(19);
        var early = runtime.Tick();

        // Act
        f.SchoolDaysOn(1);
        runtime.Tick();

        // Assert
        Assert.Equal(0, early);
        Assert.Equal(["review"], runtime.Case(id)!.CurrentSteps);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Complete_ReviewFailed_RunsCouncilInParallelThenSubWorkflowToTheEnd(Backend backend)
    {
        // Arrange: 9.4 the small council with the parents invited, 9.5 the pedagogical council decides.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var id = ToFindCause(runtime);
        runtime.Complete(Single(runtime, "find_cause").Id, "found", Fields.Of("cause=absence", "absences=1"), Some.ClassTeacher);
        f.SchoolDaysOn(20);
        runtime.Tick();
        runtime.Complete(Single(runtime, "review").Id, "failed", Fields.None, Some.MathTeacher);
        runtime.Complete(Single(runtime, "council_meeting").Id, "held", Fields.Of("decision=refer to the pedagogical council"), Some.Deputy);
        var council = Single(runtime, "decide_repeat");

        // Act
        runtime.Complete(council.Id, "decided", Fields.Of("decision=conditional"), Some.Director);

        // Assert
        var summary = runtime.Case(id)!;
        Assert.Equal(("closed", "council"), (summary.Status, summary.Result));
        Assert.Contains(runtime.Outbox(), m => m.Template == "LowAchiever.CouncilInvitation" && m.CaseId == id);
        Assert.Equal(id, runtime.Case(council.CaseId)!.ParentCaseId);
    }

    internal static WorkflowTask Single(WorkflowRuntime runtime, string step) =>
        Assert.Single(runtime.Tasks(), t => t.Step == step);

    internal static WorkflowTask Single(WorkflowRuntime runtime, string step, long caseId) =>
        Assert.Single(runtime.Tasks(), t => t.Step == step && t.CaseId == caseId);

    /// <summary>Starts a case for P1 and brings it to 6.1, the class teacher finding the cause.</summary>
    internal static long ToFindCause(WorkflowRuntime runtime) => ToFindCauseFor(runtime, 1);

    internal static long ToFindCauseFor(WorkflowRuntime runtime, int pupil)
    {
        var id = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(pupil), "5.7").CaseId;
        Single(runtime, "individual_work", id);
        Assert.True(runtime.Complete(Single(runtime, "individual_work", id).Id, "no_change", Fields.None, Some.MathTeacher).Ok);
        Assert.True(runtime.Complete(Single(runtime, "report_5_10", id).Id, "filed", Fields.Of("class_teacher_informed=2026-10-01", "parent_informed=2026-10-01"), Some.MathTeacher).Ok);
        return id;
    }
}
