using InternalControl.Application.Control;
using InternalControl.Application.Policies;
using InternalControl.Localization;
using InternalControl.Testing.Policies;

namespace InternalControl.Application.Tests.Control;

/// <summary>The Kazakh decision matrix as data (seed 000 §3.3-3.4).</summary>
public sealed class DecisionMatrixTests
{
    [Fact]
    public void Kazakh_EverySheetOfTheGuideline_IsThere()
    {
        // Act
        var ids = ShippedMatrix.Kazakh.Sheets.Select(s => s.Id).ToList();

        // Assert: I, II.1-6, III.1-3, IV.1-6, V.1-5, VI.1-8
        Assert.Equal(29, ids.Count);
    }

    [Theory]
    [InlineData("I", 17)]
    [InlineData("II.3", 15)]
    [InlineData("II.5", 2)]
    [InlineData("III.1", 8)]
    [InlineData("III.2", 3)]
    [InlineData("III.3", 6)]
    [InlineData("IV.1", 7)]
    [InlineData("IV.2", 10)]
    [InlineData("IV.3", 5)]
    [InlineData("IV.4", 6)]
    [InlineData("IV.5", 4)]
    [InlineData("IV.6", 8)]
    [InlineData("V.1", 8)]
    [InlineData("V.2", 5)]
    [InlineData("V.3", 3)]
    [InlineData("V.4", 3)]
    [InlineData("V.5", 4)]
    [InlineData("VI.1", 5)]
    [InlineData("VI.2", 16)]
    public void Kazakh_Sheet_ScoresTheCriteriaOfTheRegulationEachWithItsText(string sheet, int criteria)
    {
        // Arrange: the number of criteria of each evaluation sheet as seed 000 §3.3 lists them.
        var found = ShippedMatrix.Kazakh.Sheets.Single(s => s.Id == sheet);

        // Assert
        Assert.Equal(criteria, found.CriteriaCount);
        Assert.Equal(criteria, found.Criteria.Count);
    }

    [Fact]
    public void Decide_GroupAOnClassTeacherSheet_ReviewAtClassTeachersMeetingAndRecontrol()
    {
        // Act (§3.3, III.2: A -> class teachers' meeting, re-control, reference note, meeting under the director)
        var decision = ShippedMatrix.Kazakh.Decide("III.2", EvaluationGroup.A)!;

        // Assert
        Assert.Equal(
            (true, "Venue.DirectorsMeeting", "Output.Reference", "Matrix.Action.ReviewAtClassTeachers"),
            (decision.Recontrol, decision.Venue, decision.Output, decision.Actions[0]));
    }

    [Fact]
    public void Decide_GroupC_TakesTheObjectOutOfControl()
    {
        // Act (§3.3: C leaves control and becomes a resource)
        var decision = ShippedMatrix.Kazakh.Decide("III.3", EvaluationGroup.C)!;

        // Assert
        Assert.Equal((false, true), (decision.Recontrol, decision.LeavesControl));
    }

    [Fact]
    public void Decide_SheetWithoutDecisionRow_Null()
    {
        // Act (II.4 has no decision row in the source)
        var decision = ShippedMatrix.Kazakh.Decide("II.4", EvaluationGroup.B);

        // Assert
        Assert.Null(decision);
    }

    [Fact]
    public void Describe_GroupBInRussian_ReadsAsTheSheetWritesIt()
    {
        // Arrange
        var decision = ShippedMatrix.Kazakh.Decide("III.2", EvaluationGroup.B)!;

        // Act
        var text = decision.Describe(new Localizer(Language.Ru));

        // Assert
        Assert.Equal(
            "Рассмотреть на совещании классных руководителей; Написать справку; Дать рекомендации / Справка / Совещание при директоре / Повторный контроль",
            text);
    }

    [Fact]
    public void Kazakh_EveryKey_HasATextInKyrgyz()
    {
        // Arrange
        var ky = new Localizer(Language.Ky);
        var keys = ShippedMatrix.Kazakh.Sheets
            .SelectMany(s => s.Decisions.Values.SelectMany(d => d.Actions.Concat(new[] { d.Venue, d.Output }.OfType<string>())).Append(s.Title).Concat(s.Criteria))
            .Distinct();

        // Act
        var missing = keys.Where(k => ky[k].ResourceNotFound).ToList();

        // Assert
        Assert.Empty(missing);
    }

    [Fact]
    public void From_PolicyWhoseVenueRowChanged_DecidesWithTheChangedRow()
    {
        // Arrange: the policy's matrix_venue table is the matrix's only copy (§3.3, III.2 group A is heard at the
        // meeting under the director); a school's edited copy of the file moves it to the pedagogical council.
        var sources = PolicyText.Shipped("kz")
            .Select(s => s with
            {
                Text = s.Text.Replace(
                    "\"III.2\"   | \"A\" | \"Venue.DirectorsMeeting\"",
                    "\"III.2\"   | \"A\" | \"Venue.PedagogicalCouncil\"",
                    StringComparison.Ordinal),
            })
            .ToList();

        // Act
        var matrix = DecisionMatrix.From(PolicyHost.Compile(sources).Value!.Rules)!;

        // Assert
        Assert.Equal("Venue.PedagogicalCouncil", matrix.Decide("III.2", EvaluationGroup.A)!.Venue);
        Assert.Equal("Venue.DirectorsMeeting", ShippedMatrix.Kazakh.Decide("III.2", EvaluationGroup.A)!.Venue);
    }

    [Fact]
    public void From_KyrgyzPolicy_HasNoMatrix()
    {
        // Act: the Kyrgyz regulation No. 97 has no evaluation sheets.
        var matrix = DecisionMatrix.From(PolicyHost.Compile(PolicyText.Shipped("kg")).Value!.Rules);

        // Assert
        Assert.Null(matrix);
    }
}
