using InternalControl.Application.Control;
using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Tests.Control;

/// <summary>
/// Order No. 130 guideline (seed 000): §3.1, objects with stable good results may be exempted from re-control;
/// §3.4, research objects whose contest results show no positive dynamics are re-controlled under another set of
/// decisions (matrix.json "noDynamics": the sheet's group A row).
/// </summary>
public sealed class ExemptionAndDynamicsTests
{
    private static IEnumerable<EvaluationScore> Sheet(string sheet, DateOnly date, params int[] scores) =>
        scores.Select((s, i) => new EvaluationScore("t1", "teacher", sheet, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), s, date, "d1"));

    private static readonly DateOnly Autumn = new(2026, 10, 10);
    private static readonly DateOnly Spring = new(2027, 4, 10);
    private static readonly DateOnly NextAutumn = new(2027, 10, 10);

    [Fact]
    public void Evaluate_CAtTheLastTwoEvaluations_Exempt()
    {
        // Arrange: §3.1, B then C then C on V.1.
        var scores = Sheet("V.1", Autumn, 1, 1).Concat(Sheet("V.1", Spring, 2, 2)).Concat(Sheet("V.1", NextAutumn, 2, 1));

        // Act
        var evaluation = Assert.Single(Evaluations.Evaluate(scores, ShippedMatrix.Kazakh));

        // Assert
        Assert.Equal([EvaluationGroup.B, EvaluationGroup.C, EvaluationGroup.C], evaluation.History);
        Assert.True(evaluation.Exempt);
    }

    [Fact]
    public void Evaluate_CAfterB_NotYetExempt()
    {
        // Arrange: §3.1, one C is not yet "stable".
        var scores = Sheet("V.1", Autumn, 2, 2).Concat(Sheet("V.1", Spring, 1, 1)).Concat(Sheet("V.1", NextAutumn, 2, 2));

        // Act
        var evaluation = Assert.Single(Evaluations.Evaluate(scores, ShippedMatrix.Kazakh));

        // Assert
        Assert.False(evaluation.Exempt);
    }

    [Fact]
    public void Evaluate_ThreeEvaluationsRequired_TwoCsAreNotEnough()
    {
        // Arrange: the school's exemption_evaluations = 3.
        var scores = Sheet("V.1", Autumn, 1, 1).Concat(Sheet("V.1", Spring, 2, 2)).Concat(Sheet("V.1", NextAutumn, 2, 2));

        // Act
        var evaluation = Assert.Single(Evaluations.Evaluate(scores, ShippedMatrix.Kazakh, exemptionEvaluations: 3));

        // Assert
        Assert.False(evaluation.Exempt);
    }

    [Fact]
    public void Evaluate_IV1PrizeWinnersNotUp_CIsControlledAgainWithGroupAMeasures()
    {
        // Arrange: §3.4, IV.1 criterion 2 (prize-winners in the last three years) 1 then 1; the sheet's mean is C.
        var scores = Sheet("IV.1", Autumn, 2, 1, 2, 2, 2, 2, 2).Concat(Sheet("IV.1", Spring, 2, 1, 2, 2, 2, 2, 2));

        // Act
        var evaluation = Assert.Single(Evaluations.Evaluate(scores, ShippedMatrix.Kazakh));

        // Assert
        Assert.Equal(EvaluationGroup.C, evaluation.Group);
        Assert.True(evaluation.NoContestDynamics);
        Assert.True(evaluation.Decision!.Recontrol);
        Assert.Contains("Matrix.Action.AssignMentor", evaluation.Decision.Actions);
    }

    [Fact]
    public void Evaluate_IV1PrizeWinnersUp_TheGroupsOwnDecision()
    {
        // Arrange: §3.4, 0 then 1 is positive dynamics.
        var scores = Sheet("IV.1", Autumn, 2, 0, 2, 2, 2, 2, 2).Concat(Sheet("IV.1", Spring, 2, 1, 2, 2, 2, 2, 2));

        // Act
        var evaluation = Assert.Single(Evaluations.Evaluate(scores, ShippedMatrix.Kazakh));

        // Assert
        Assert.False(evaluation.NoContestDynamics);
        Assert.True(evaluation.Decision!.LeavesControl);
    }

    [Fact]
    public void Evaluate_IV1PrizesEveryYear_NoLackOfDynamics()
    {
        // Arrange: §3.4, systematic prizes (2 then 2) are not "no positive dynamics".
        var scores = Sheet("IV.1", Autumn, 2, 2, 2, 2, 2, 2, 2).Concat(Sheet("IV.1", Spring, 2, 2, 2, 2, 2, 2, 2));

        // Act
        var evaluation = Assert.Single(Evaluations.Evaluate(scores, ShippedMatrix.Kazakh));

        // Assert
        Assert.False(evaluation.NoContestDynamics);
        Assert.True(evaluation.Exempt);
    }

    [Fact]
    public void Matrix_ResearchSheets_HaveAContestCriterionAndAnotherDecisionSet()
    {
        // Arrange
        var matrix = ShippedMatrix.Kazakh;

        // Act
        var sheets = matrix.Sheets.Where(s => s.NoDynamics is not null).Select(s => (s.Id, s.ContestCriterion)).ToList();

        // Assert
        Assert.Equal([("IV.1", 2), ("IV.2", 2), ("IV.4", 2), ("IV.6", 6)], sheets);
    }
}
