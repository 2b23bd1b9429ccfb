using InternalControl.Testing.Databases;
namespace InternalControl.Workflows.Tests;

/// <summary>The case list (<c>ic cases</c>): every case of the school, newest first, each where it stands.</summary>
public sealed class CaseListTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void Cases_SeveralCasesAtDifferentSteps_NewestFirstEachAsOneCaseShowsIt(Backend backend)
    {
        // Arrange: pupil 1's case moved on to finding the cause (6.1), pupil 2's closed improved, pupil 3's just opened.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var moved = LowAchieverFlowTests.ToFindCauseFor(runtime, 1);
        var closed = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(2), "5.7").CaseId;
        runtime.Complete(LowAchieverFlowTests.Single(runtime, "individual_work", closed).Id, "improved", new Dictionary<string, string>(), Some.MathTeacher);
        var opened = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(3), "5.7").CaseId;

        // Act
        var all = runtime.Cases();
        var open = runtime.Cases(openOnly: true);

        // Assert
        Assert.Equal([opened, closed, moved], all.Select(c => c.Id));
        Assert.Equal(
            all.Select(c => runtime.Case(c.Id)!).Select(Shown),
            all.Select(Shown));
        Assert.Equal(["find_cause"], all[2].CurrentSteps);
        Assert.Equal(["individual_work"], all[0].CurrentSteps);
        Assert.Equal("improved", all[1].Result);
        Assert.Equal([opened, moved], open.Select(c => c.Id));
    }

    private static string Shown(Runtime.CaseSummary c) =>
        $"{c.Id} {c.Workflow} {c.Version} {c.Key} {c.Status} {c.Result} {c.StartedAt:O} {c.ClosedAt:O} {string.Join(",", c.CurrentSteps)} {c.ParentCaseId}";
}
