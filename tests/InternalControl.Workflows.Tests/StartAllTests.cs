using InternalControl.Testing.Databases;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Workflows.Tests;

/// <summary>An evaluation's cases opened together (<see cref="WorkflowRuntime.StartAll"/>), a few transactions for many cases.</summary>
public sealed class StartAllTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void StartAll_MoreCasesThanOneTransactionHolds_OpensEachPupilsCaseOnceWithItsTasks(Backend backend)
    {
        // Arrange: more pupils than one transaction of starts holds, and one pupil asked for twice (two rules name them).
        var pupils = WorkflowRuntime.StartBatch + 2;
        using var f = new WorkflowFixture(backend, pupils);
        var runtime = f.Runtime();
        var starts = Enumerable.Range(1, pupils).Select(n => new CaseStart(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(n), "5.7")).ToList();
        starts.Add(new CaseStart(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(7), "5.7"));

        // Act
        var results = runtime.StartAll(starts);

        // Assert: one case a pupil, in the order asked; the repeated pupil gets the case of the first start.
        Assert.Equal(pupils + 1, results.Count);
        Assert.All(results, r => Assert.True(r.Ok));
        Assert.Equal(pupils, results.Count(r => r.Created));
        Assert.False(results[^1].Created);
        Assert.Equal(results[6].CaseId, results[^1].CaseId);
        Assert.Equal(pupils, runtime.Cases().Count);
        Assert.Equal(pupils, runtime.Tasks().Select(t => t.CaseId).Distinct().Count());
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void StartAll_Again_OpensNothingAndReturnsTheOpenCases(Backend backend)
    {
        // Arrange: the nightly re-run of the rules asks for the same cases.
        using var f = new WorkflowFixture(backend, 3);
        var runtime = f.Runtime();
        var starts = Enumerable.Range(1, 3).Select(n => new CaseStart(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(n), "5.7")).ToList();
        var first = runtime.StartAll(starts);

        // Act
        var second = runtime.StartAll(starts);

        // Assert
        Assert.All(second, r => Assert.False(r.Created));
        Assert.Equal(first.Select(r => r.CaseId), second.Select(r => r.CaseId));
        Assert.Equal(3, runtime.Cases().Count);
    }

    [Fact]
    public void StartAll_AnUnknownWorkflowAmongThem_RefusesThatOneAndOpensTheRest()
    {
        // Arrange
        using var f = new WorkflowFixture(Backend.Sqlite, 2);
        var runtime = f.Runtime();
        var starts = new[]
        {
            new CaseStart(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7"),
            new CaseStart("no-such-workflow", WorkflowFixture.Pupil(2), "5.7"),
            new CaseStart(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(2), "5.7"),
        };

        // Act
        var results = runtime.StartAll(starts);

        // Assert
        Assert.Equal([true, false, true], results.Select(r => r.Ok));
        Assert.Equal("Workflows.Error.UnknownWorkflow", results[1].Error!.MessageKey);
        Assert.Equal(2, runtime.Cases().Count);
    }
}
