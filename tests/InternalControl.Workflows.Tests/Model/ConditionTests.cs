using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Tests.Model;

/// <summary>
/// A condition of an outcome or a decision row over a case variable (a form field): which answers send the case down
/// that way. Numbers compare as numbers; a field of several choices ("a,b") is in a list when one of its choices is; an
/// unset field or a text where a number is compared satisfies nothing.
/// </summary>
public sealed class ConditionTests
{
    [Theory]
    [InlineData(ConditionOperator.In, "refuses", "refuses", true)]
    [InlineData(ConditionOperator.In, "refuses", "agrees", false)]
    [InlineData(ConditionOperator.In, "refuses", "agrees,refuses", true)]
    [InlineData(ConditionOperator.In, "refuses", "agrees,absent", false)]
    [InlineData(ConditionOperator.NotIn, "refuses", "agrees", true)]
    [InlineData(ConditionOperator.NotIn, "refuses", "refuses", false)]
    [InlineData(ConditionOperator.NotIn, "refuses", "agrees,refuses", false)]
    [InlineData(ConditionOperator.NotIn, "refuses", "agrees,absent", true)]
    [InlineData(ConditionOperator.AtLeast, "3", "3", true)]
    [InlineData(ConditionOperator.AtLeast, "3", "2.5", false)]
    [InlineData(ConditionOperator.AtLeast, "3", "10", true)]
    [InlineData(ConditionOperator.AtMost, "3", "3", true)]
    [InlineData(ConditionOperator.AtMost, "3", "4", false)]
    [InlineData(ConditionOperator.Less, "3", "2", true)]
    [InlineData(ConditionOperator.Less, "3", "3", false)]
    [InlineData(ConditionOperator.Less, "3", "4", false)]
    [InlineData(ConditionOperator.Greater, "3", "4", true)]
    [InlineData(ConditionOperator.Greater, "3", "3", false)]
    [InlineData(ConditionOperator.Greater, "3", "2", false)]
    [InlineData(ConditionOperator.Greater, "3", "many", false)]
    [InlineData(ConditionOperator.Less, "3", "many", false)]
    [InlineData(ConditionOperator.AtMost, "3", "many", false)]
    [InlineData(ConditionOperator.AtLeast, "three", "4", false)]
    public void Holds_AnAnswer_TheWayItSendsTheCase(ConditionOperator op, string value, string answer, bool holds)
    {
        // Arrange: `when calls >= 3`, `when reply in [refuses]` and the like, over the form's field.
        var condition = new Condition("reply", op, [value]);

        // Act
        var result = condition.Holds(new Dictionary<string, string> { ["reply"] = answer });

        // Assert
        Assert.Equal(holds, result);
    }

    [Theory]
    [InlineData(ConditionOperator.In)]
    [InlineData(ConditionOperator.NotIn)]
    [InlineData(ConditionOperator.AtLeast)]
    [InlineData(ConditionOperator.AtMost)]
    [InlineData(ConditionOperator.Less)]
    [InlineData(ConditionOperator.Greater)]
    public void Holds_FieldNotAnswered_Nothing(ConditionOperator op)
    {
        // Arrange
        var condition = new Condition("reply", op, ["1"]);

        // Act
        var result = condition.Holds(new Dictionary<string, string> { ["other"] = "1" });

        // Assert
        Assert.False(result);
    }
}
