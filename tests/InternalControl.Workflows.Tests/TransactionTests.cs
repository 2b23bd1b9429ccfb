using InternalControl.Kernel.Schools;
using InternalControl.Testing.Databases;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Workflows.Tests;

/// <summary>
/// Issue 14, "no half write": <see cref="Runtime.WorkflowRuntime.BeginTransaction"/> makes a task's completion and a
/// write of the school's own tables (the scores it was done with) one unit, on SQLite and on PostgreSQL alike.
/// </summary>
public sealed class TransactionTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void BeginTransaction_CompletedThenAScoreTheDatabaseRefuses_TheTaskStaysOpen(Backend backend)
    {
        // Arrange: the class teacher's "find the cause" task.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        LowAchieverFlowTests.ToFindCause(runtime);
        var task = LowAchieverFlowTests.Single(runtime, "find_cause");

        // Act: completed in a unit whose score has no inspector, which the scores table requires.
        using (var unit = runtime.BeginTransaction())
        {
            Assert.True(runtime.Complete(task.Id, "found", Fields.Of("cause=absence", "absences=4"), Some.ClassTeacher).Ok);
            Assert.ThrowsAny<System.Data.Common.DbException>(() => f.Database.Scores.Save(f.Data.School.Id, [Score() with { InspectorId = null! }], unit));
        }

        // Assert: seen from another runtime, the task is open and no score was stored.
        Assert.Equal(WorkTaskStatus.Open, f.Runtime().Task(task.Id)!.Status);
        Assert.Empty(f.Database.Scores.Load(f.Data.School.Id));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void BeginTransaction_CompletedAndScoredThenCommitted_BothAreKeptAndTheRuntimeGoesOn(Backend backend)
    {
        // Arrange: a first unit that rolled back, then the same completion in a second one.
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        LowAchieverFlowTests.ToFindCause(runtime);
        var task = LowAchieverFlowTests.Single(runtime, "find_cause");
        using (runtime.BeginTransaction())
        {
            runtime.Complete(task.Id, "found", Fields.Of("cause=absence", "absences=4"), Some.ClassTeacher);
        }

        // Act
        using (var unit = runtime.BeginTransaction())
        {
            Assert.True(runtime.Complete(task.Id, "found", Fields.Of("cause=absence", "absences=4"), Some.ClassTeacher).Ok);
            f.Database.Scores.Save(f.Data.School.Id, [Score()], unit);
            unit.Commit();
        }

        // Assert: seen from another runtime, the task is done, the score stored, and the next step's task is open.
        var other = f.Runtime();
        Assert.Equal(WorkTaskStatus.Completed, other.Task(task.Id)!.Status);
        Assert.Single(f.Database.Scores.Load(f.Data.School.Id));
        Assert.Equal("parent_conversation", LowAchieverFlowTests.Single(other, "parent_conversation").Step);
    }

    private static EvaluationScore Score() => new(Some.ClassTeacher, "teacher", "III.3", "1", 2, new DateOnly(2026, 10, 1), Some.ClassTeacher);
}
