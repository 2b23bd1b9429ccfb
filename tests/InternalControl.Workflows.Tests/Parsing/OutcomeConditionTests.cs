using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>
/// Conditions on an outcome (No. 97 8.1: "the parent refuses" only from the parent_calls_min-th recorded call on):
/// parsed with their parameters put in, kept in the stored text and the hash, and absent from the hash of an outcome
/// without conditions.
/// </summary>
public sealed class OutcomeConditionTests
{
    private const string Policy = """
        policy "p" country kg version 1
        parameter parent_calls_min = 3 "8.1"

        workflow "w" version 1 key pupil
          step call_parent: task class_teacher
            field parent_came yes_no required
            outcome call_again -> call_parent when parent_came = no
            outcome parent_refuses -> closed when parent_came = no and call_parent >= parent_calls_min
          step closed: end "closed"
        end
        """;

    [Fact]
    public void Load_OutcomeWithConditions_TakesTheParameterValueAndKeepsItInTheStoredText()
    {
        // Act
        var definition = WorkflowBinder.Load(Policy, "p.icp").Value!.Single();
        var again = WorkflowBinder.Load(definition.Source!, "stored").Value!.Single();

        // Assert
        var refuses = ((TaskStep)definition.Step("call_parent")!).Outcome("parent_refuses")!;
        Assert.Equal(
            [("parent_came", ConditionOperator.In, "no"), ("call_parent", ConditionOperator.AtLeast, "3")],
            refuses.When.Select(c => (c.Variable, c.Operator, c.Values[0])));
        Assert.Equal(definition.Hash, again.Hash);
    }

    [Fact]
    public void Load_ConditionsChanged_ChangeTheHash()
    {
        // Arrange
        var without = Policy.Replace(" when parent_came = no and call_parent >= parent_calls_min", "", StringComparison.Ordinal);

        // Act
        var guarded = WorkflowBinder.Load(Policy, "p.icp").Value!.Single();
        var plain = WorkflowBinder.Load(without, "p.icp").Value!.Single();

        // Assert
        Assert.NotEqual(guarded.Hash, plain.Hash);
        Assert.Empty(((TaskStep)plain.Step("call_parent")!).Outcome("parent_refuses")!.When);
    }
}
