using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Tests.Assignees;

/// <summary>
/// A workflow built in C# is held to the same assignee rules as one written in a policy (IC2430-IC2434): the runtime
/// never meets a task whose assignee variable cannot hold a member of staff.
/// </summary>
public sealed class AssigneeBuilderTests
{
    [Theory]
    [InlineData("pupil", "IC2430")]
    [InlineData("when", "IC2431")]
    [InlineData("hear", "IC2432")]
    [InlineData("note", "IC2433")]
    public void Build_AssigneeTheCaseCannotHoldStaffUnder_IsRefusedWithItsCode(string assignee, string code)
    {
        // Act: "when" is a date field of the task, "hear" a step, "note" a text only the same task fills.
        var result = Plan(assignee, WorkflowRole.DeputyDirector).Build();

        // Assert
        Assert.Null(result.Value);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(code, problem.Code);
        Assert.Contains("«" + assignee + "»", problem.Message(Language.Ru), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ParentsTaskWithAnAssignee_IsRefused_IC2434()
    {
        // Act
        var result = Plan("responsible", WorkflowRole.Parents).Build();

        // Assert
        Assert.Equal("IC2434", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Build_ParentsTaskWithAnAssigneeRole_IsRefused_IC2434()
    {
        // Arrange: a parents' task goes to the parents, never to a role's holder.
        var task = new TaskStep("control", WorkflowRole.Parents, [], [new OutcomeDefinition("done", "hear")], null, null)
        {
            AssigneeRole = WorkflowRole.MethodologicalCouncilHead,
        };

        // Act
        var result = new WorkflowBuilder("w", 1).Add(task).End("hear", "heard").Build();

        // Assert
        Assert.Equal("IC2434", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Build_StartVariableOrAnotherTasksTextField_IsAccepted()
    {
        // Act: "responsible" comes with the case's start (the plan's responsible person); "chair" is named by an earlier task.
        var planned = Plan("responsible", WorkflowRole.DeputyDirector).Build();
        var named = new WorkflowBuilder("w", 1)
            .Task("choose", WorkflowRole.Director, t => t.Field("chair", FieldType.Text).Outcome("done", "control"))
            .Task("control", WorkflowRole.DeputyDirector, t => t.Assignee("chair").Outcome("done", "hear"))
            .End("hear", "heard")
            .Build();
        // The same task may fill it again (a new chair), as long as another task names it first.
        var renamed = new WorkflowBuilder("w", 1)
            .Task("choose", WorkflowRole.Director, t => t.Field("chair", FieldType.Text).Outcome("done", "control"))
            .Task("control", WorkflowRole.DeputyDirector, t => t.Assignee("chair").Field("chair", FieldType.Text).Outcome("done", "hear"))
            .End("hear", "heard")
            .Build();

        // Assert
        Assert.Equal("responsible", ((TaskStep)planned.Value!.Step("control")!).Assignee);
        Assert.Equal("chair", ((TaskStep)named.Value!.Step("control")!).Assignee);
        Assert.Empty(renamed.Diagnostics);
    }

    private static WorkflowBuilder Plan(string assignee, WorkflowRole role) =>
        new WorkflowBuilder("w", 1)
            .Task("control", role, t => t.Assignee(assignee).Field("when", FieldType.Date).Field("note", FieldType.Text).Outcome("done", "hear"))
            .End("hear", "heard");
}
