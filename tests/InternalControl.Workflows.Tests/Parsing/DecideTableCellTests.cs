using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Definitions.Parsing;

namespace InternalControl.Workflows.Tests.Parsing;

/// <summary>
/// Each way a decision table's input cell can be written becomes the condition it means for the decide step that takes
/// the table's rows, and survives the step's stored text (a case on this version binds it again from that text alone).
/// </summary>
public sealed class DecideTableCellTests
{
    [Theory]
    [InlineData("3", "absences in [3]")]
    [InlineData("= 3", "absences in [3]")]
    [InlineData("!= 3", "absences not in [3]")]
    [InlineData("<> 3", "absences not in [3]")]
    [InlineData("< 3", "absences < [3]")]
    [InlineData("<= 3", "absences <= [3]")]
    [InlineData("> 3", "absences > [3]")]
    [InlineData(">= 3", "absences >= [3]")]
    [InlineData("1..3", "absences >= [1] and absences <= [3]")]
    [InlineData("[1, 2]", "absences in [1, 2]")]
    [InlineData("-2", "absences in [-2]")]
    [InlineData("true", "absences in [true]")]
    [InlineData("\"many\"", "absences in [many]")]
    [InlineData("most", "absences in [5]")]
    [InlineData("\"+2\"", "absences in [+2]")]
    [InlineData("\"5-\"", "absences in [5-]")]
    [InlineData("\" 5\"", "absences in [ 5]")]
    public void Load_Cell_TheConditionItMeans(string cell, string condition)
    {
        // Arrange
        var source = Policy(cell);

        // Act
        var loaded = WorkflowBinder.Load(source, "p.icp");

        // Assert
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics.Select(d => d.Render(Language.En, source))));
        var definition = Assert.Single(loaded.Value!);
        Assert.Equal(condition, Text(Assert.Single(((DecideStep)definition.Step("route")!).Rows)));
        var again = WorkflowBinder.Load(definition.Source!, "stored");
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics.Select(d => d.Render(Language.En, definition.Source!))));
        Assert.Equal(definition.Hash, Assert.Single(again.Value!).Hash);
    }

    [Theory]
    [InlineData("round(2)", "2", "IC2207")]
    [InlineData("3", "< \"a\"", "IC2206")]
    public void Load_InputThatIsNoConditionOrOutputThatIsATest_RefusedAtTheTable(string input, string output, string code)
    {
        // Arrange
        var source = Policy(input).Replace("| \"talk\"", "| " + output, StringComparison.Ordinal);

        // Act
        var error = TestWorkflows.SingleError(source, "p.icp");

        // Assert
        Assert.Equal(code, error.Code);
        Assert.Contains("«routing»", error.Message(Language.En), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NegativeNumberInACondition_ReadAsTheNumber()
    {
        // Arrange
        const string source = """
            workflow "w" version 1 key pupil
              step find_cause: task class_teacher
                field balance number
                outcome found -> route
              step route: decide
                when balance > -1.5 -> done
                otherwise -> talk
              step talk: end "talk"
              step done: end "done"
            end
            """;

        // Act
        var definition = TestWorkflows.Bind(source, "w.icp");

        // Assert
        var row = Assert.Single(((DecideStep)definition.Step("route")!).Rows);
        Assert.Equal("balance > [-1.5]", Text(row));
        Assert.True(row.When[0].Holds(new Dictionary<string, string> { ["balance"] = "-1" }));
        Assert.False(row.When[0].Holds(new Dictionary<string, string> { ["balance"] = "-2" }));
    }

    private static string Policy(string cell) => $$"""
        policy "p" country kg version 1
        parameter most = 5

        table routing hit first
            input absences | output next
            {{cell}}       | "talk"
        end

        workflow "w" version 1 key pupil
          step find_cause: task class_teacher
            field absences number
            outcome found -> route
          step route: decide table routing
            otherwise -> done
          step talk: end "talk"
          step done: end "done"
        end
        """;

    private static string Text(DecisionRow row) => string.Join(" and ", row.When.Select(c => c.Variable + " " + c.Operator switch
    {
        ConditionOperator.In => "in",
        ConditionOperator.NotIn => "not in",
        ConditionOperator.Less => "<",
        ConditionOperator.AtMost => "<=",
        ConditionOperator.Greater => ">",
        _ => ">=",
    } + " [" + string.Join(", ", c.Values) + "]"));
}
