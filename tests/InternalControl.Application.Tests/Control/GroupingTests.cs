using InternalControl.Application.Control;

namespace InternalControl.Application.Tests.Control;

/// <summary>Kazakh policy 2: criterion scores 0/1/2 place an object in group A/B/C (seed 000 §3.2).</summary>
public sealed class GroupingTests
{
    [Theory]
    [InlineData(new[] { 0, 0, 1 }, EvaluationGroup.A)]
    [InlineData(new[] { 1, 1, 0 }, EvaluationGroup.B)]
    [InlineData(new[] { 2, 2, 1 }, EvaluationGroup.C)]
    [InlineData(new[] { 0, 2, 2, 2 }, EvaluationGroup.C)]
    public void GroupOf_RoundedMean_RoundsHalfUp(int[] scores, EvaluationGroup expected)
    {
        // Act
        var group = Grouping.GroupOf(scores);

        // Assert
        Assert.Equal(expected, group);
    }

    [Fact]
    public void GroupOf_MinimumWithOneAbsentCriterion_GroupA()
    {
        // Act
        var group = Grouping.GroupOf([0, 2, 2, 2], GroupRule.Minimum);

        // Assert
        Assert.Equal(EvaluationGroup.A, group);
    }
}
