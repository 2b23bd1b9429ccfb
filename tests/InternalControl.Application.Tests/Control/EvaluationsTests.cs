using InternalControl.Application.Control;
using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Tests.Control;

/// <summary>Kazakh policy 2: scores to group to decision (seed 000 §3.2-3.4).</summary>
public sealed class EvaluationsTests
{
    private static EvaluationScore Score(string criterion, int score, int day) =>
        new("t1", "teacher", "III.3", criterion, score, new DateOnly(2025, 10, day), "d1");

    [Fact]
    public void Evaluate_RecontrolScoresLater_LatestScoreOfEachCriterionCounts()
    {
        // Arrange: first inspection all 0 (A), re-control all 2
        var scores = new[] { Score("1", 0, 1), Score("2", 0, 1), Score("1", 2, 20), Score("2", 2, 20) };

        // Act
        var evaluation = Assert.Single(Evaluations.Evaluate(scores, ShippedMatrix.Kazakh));

        // Assert
        Assert.Equal((EvaluationGroup.C, true), (evaluation.Group, evaluation.Decision!.LeavesControl));
    }

    [Fact]
    public void Evaluate_MinimumRule_OneAbsentCriterionKeepsObjectUnderControl()
    {
        // Arrange
        var scores = new[] { Score("1", 2, 1), Score("2", 2, 1), Score("3", 0, 1) };

        // Act
        var evaluation = Assert.Single(Evaluations.Evaluate(scores, ShippedMatrix.Kazakh, GroupRule.Minimum));

        // Assert
        Assert.True(evaluation.Decision!.Recontrol);
    }
}
