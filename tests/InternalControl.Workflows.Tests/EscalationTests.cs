using InternalControl.Localization;
using InternalControl.Testing.Databases;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Workflows.Tests;

/// <summary>
/// <c>escalate K -> step</c>: a missed deadline opens a task of its own for another role; the late task stays with
/// its owner (No. 97 10.2). <c>escalate K to role</c> still hands the task over.
/// </summary>
public sealed class EscalationTests
{
    private const string Text = """
        workflow "late-work" version 1 key pupil, subject, term
          step work: task subject_teacher
            outcome done -> closed
            due 3 school_days escalate 5 school_days -> look_into
          step look_into: task deputy_director
            field reason text required
            outcome seen -> join
          step closed: end "done"
        end
        """;

    /// <summary>A runtime with workflow late-work alone, and the case it started for pupil 1.</summary>
    private static (WorkflowRuntime Runtime, long Id) LateWork(WorkflowFixture f)
    {
        var runtime = f.Runtime(Bind(Text));
        return (runtime, runtime.Start("late-work", WorkflowFixture.Pupil(1), "test").CaseId);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Tick_PastTheEscalationDay_OpensTheDeputysOwnTaskAndLeavesTheTeachersTask(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var (runtime, id) = LateWork(f);

        // Act
        f.SchoolDaysOn(5);
        runtime.Tick();

        // Assert
        var tasks = runtime.Tasks(new TaskQuery()).OrderBy(t => t.Step, StringComparer.Ordinal).Select(t => (t.Step, t.Assignee)).ToList();
        Assert.Equal([("look_into", Some.Deputy), ("work", Some.MathTeacher)], tasks);
        Assert.Contains(runtime.History(id, Language.En), line => line.Contains(
            "was not done in time; it stays with its owner, and a task of its own was opened", StringComparison.Ordinal));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Complete_TheDeputysTask_EndsItsLineAndTheCaseWaitsForTheTeacher(Backend backend)
    {
        // Arrange
        using var f = new WorkflowFixture(backend);
        var (runtime, id) = LateWork(f);
        f.SchoolDaysOn(5);
        runtime.Tick();
        var look = runtime.Tasks(new TaskQuery()).Single(t => t.Step == "look_into");

        // Act
        var seen = runtime.Complete(look.Id, "seen", new Dictionary<string, string> { ["reason"] = "ill" }, Some.Deputy);
        var work = runtime.Tasks(new TaskQuery()).Single();
        var done = runtime.Complete(work.Id, "done", new Dictionary<string, string>(), Some.MathTeacher);

        // Assert
        Assert.True(seen.Ok && done.Ok);
        Assert.Equal("work", work.Step);
        Assert.Equal("done", runtime.Cases().Single(c => c.Id == id).Result);
    }

    [Fact]
    public void Load_EscalationStepWhoseOutcomeDoesNotJoin_IsABadDeadline()
    {
        // Arrange: the deputy's task would run on into the main line, a second token on it.
        var text = Text.Replace("outcome seen -> join", "outcome seen -> closed", StringComparison.Ordinal);

        // Act
        var error = TestWorkflows.SingleError(text, "late.policy");

        // Assert
        Assert.Equal("IC2201", error.Code);
    }

    [Fact]
    public void Load_EscalationToAStep_BindsTheStepAndNoRole()
    {
        // Act
        var deadline = ((TaskStep)Bind(Text).Step("work")!).Deadline!;

        // Assert
        Assert.Equal((5, (WorkflowRole?)null, "look_into"), (deadline.EscalateDays!.Value, deadline.EscalateTo, deadline.EscalateStep));
    }

    private static WorkflowDefinition Bind(string text) => TestWorkflows.Bind(text, "late.policy");
}
