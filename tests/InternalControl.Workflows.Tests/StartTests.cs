using InternalControl.Testing.Databases;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Tests;

/// <summary>Correlation: one open case per key, whoever starts it and however often.</summary>
public sealed class StartTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_SameKeyTwice_ReturnsOpenCaseWithoutDuplicates(Backend backend)
    {
        // Arrange: the rules run every night and start the same case again.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var first = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");

        // Act
        var second = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");

        // Assert
        Assert.Equal((first.CaseId, true, false), (second.CaseId, first.Created, second.Created));
        Assert.Single(runtime.Cases());
        Assert.Single(runtime.Tasks());
        Assert.Equal(4, runtime.Outbox().Count); // 5.7: class teacher and two parents; the task to the subject teacher
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_OtherTerm_OpensSecondCase(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");

        // Act
        var other = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1, "2026-2027/2"), "5.7");

        // Assert
        Assert.True(other.Created);
        Assert.Equal(2, runtime.Cases(openOnly: true).Count);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_AfterCaseClosed_OpensNewCase(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var first = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");
        runtime.Complete(LowAchieverFlowTests.Single(runtime, "individual_work").Id, "improved", Fields.None, Some.MathTeacher);

        // Act
        var again = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7");

        // Assert
        Assert.True(again.Created);
        Assert.NotEqual(first.CaseId, again.CaseId);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_TwoRuntimesSameKey_OneCase(Backend backend)
    {
        // Arrange: two processes over one database.
        using var f = new WorkflowFixture(backend);
        var a = f.Runtime();
        var b = f.Runtime();

        // Act
        var results = new[] { a, b }.AsParallel().Select(r => r.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(2), "5.7")).ToList();

        // Assert
        Assert.Single(results.Select(r => r.CaseId).Distinct());
        Assert.Single(a.Tasks());
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_KeyPartMissing_RefusedInKyrgyz(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();

        // Act
        var result = runtime.Start(TestWorkflows.LowAchiever, new Runtime.CaseContext("P1", "MATH", null), "5.7");

        // Assert
        Assert.Equal("«low-achiever» процесси боюнча иш ачуу үчүн «term» керек.", result.Message(Language.Ky));
        Assert.Empty(runtime.Cases());
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Start_NewVersionAdded_OpenCaseStaysOnItsVersion(Backend backend)
    {
        // Arrange: v1 running; v2 adds a step; both versions are loaded.
        using var f = new WorkflowFixture(backend);
        var v1 = new WorkflowBuilder("simple").Key("pupil")
            .Task("check", WorkflowRole.ClassTeacher, t => t.Outcome("ok", "done")).End("done", "ok").BuildOrThrow();
        var v2 = new WorkflowBuilder("simple", 2).Key("pupil")
            .Notify("tell", "Task.Assigned", "check", WorkflowRole.Parents)
            .Task("check", WorkflowRole.ClassTeacher, t => t.Outcome("ok", "done")).End("done", "ok").BuildOrThrow();
        var old = f.Runtime(v1).Start("simple", WorkflowFixture.Pupil(1), "test");
        var runtime = f.Runtime(v1, v2);

        // Act
        var fresh = runtime.Start("simple", WorkflowFixture.Pupil(2), "test");
        var completed = runtime.Complete(runtime.Tasks().Single(t => t.CaseId == old.CaseId).Id, "ok", Fields.None, Some.ClassTeacher);

        // Assert
        Assert.Equal((1, 2), (runtime.Case(old.CaseId)!.Version, runtime.Case(fresh.CaseId)!.Version));
        Assert.True(completed.Ok);
        Assert.Equal("closed", runtime.Case(old.CaseId)!.Status);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Complete_OldVersionNoLongerLoaded_RunsOnStoredText(Backend backend)
    {
        // Arrange: a case started on v1 from policy text; the school's policy then moves to v2 only.
        using var f = new WorkflowFixture(backend);
        const string v1 = """
            workflow "check" version 1 key pupil
              step look: task class_teacher
                outcome ok -> done
              step done: end "v1"
            end
            """;
        const string v2 = """
            workflow "check" version 2 key pupil
              step look: task class_teacher
                outcome fine -> done
              step done: end "v2"
            end
            """;
        var old = f.Runtime(Definitions.Parsing.WorkflowBinder.Load(v1, "v1.policy").Value!.Single()).Start("check", WorkflowFixture.Pupil(1), "test");
        var runtime = f.Runtime(Definitions.Parsing.WorkflowBinder.Load(v2, "v2.policy").Value!.Single());
        var task = runtime.Tasks().Single(t => t.CaseId == old.CaseId);

        // Act
        var result = runtime.Complete(task.Id, "ok", Fields.None, Some.ClassTeacher);

        // Assert
        Assert.True(result.Ok, result.Message(Language.En));
        Assert.Equal(["ok"], task.Outcomes);
        Assert.Equal("v1", runtime.Case(old.CaseId)!.Result);
    }
}
