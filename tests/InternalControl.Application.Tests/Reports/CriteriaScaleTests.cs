using InternalControl.Application.Reports;

namespace InternalControl.Application.Tests.Reports;

/// <summary>Kazakh policy 4: Order No. 125, Appendix 1 (seed 002 R002-12) and seed 001 R28, R31, R33.</summary>
public sealed class CriteriaScaleTests
{
    [Theory]
    [InlineData(0, 2)]
    [InlineData(39, 2)]
    [InlineData(39.4, 2)]
    [InlineData(40, 3)]
    [InlineData(64, 3)]
    [InlineData(64.5, 4)]
    [InlineData(84, 4)]
    [InlineData(85, 5)]
    [InlineData(100, 5)]
    public void MarkFromPercent_GradeSeven_FollowsScale(double percent, int expected)
    {
        // Act
        var mark = CriteriaScale.MarkFromPercent(percent, 7);

        // Assert
        Assert.Equal(expected, mark);
    }

    [Fact]
    public void MarkFromPercent_GradeOne_NoMark()
    {
        // Act
        var mark = CriteriaScale.MarkFromPercent(90, 1);

        // Assert
        Assert.Null(mark);
    }

    [Fact]
    public void QuarterPercent_DefaultWeights_HalfUnitsHalfTerm()
    {
        // Act: units mean 70, term 90
        var percent = CriteriaScale.QuarterPercent(new QuarterParts(70, 90, null, 2), CriteriaWeights.Default);

        // Assert
        Assert.Equal(80.0, percent);
    }

    [Fact]
    public void QuarterPercent_OtherYearsWeights_AreUsed()
    {
        // Act
        var percent = CriteriaScale.QuarterPercent(new QuarterParts(40, 80, null, 1), new CriteriaWeights(0.25, 0.75));

        // Assert
        Assert.Equal(70.0, percent);
    }

    [Fact]
    public void QuarterPercent_NoTermSummative_UnitsCountInFull()
    {
        // Act
        var percent = CriteriaScale.QuarterPercent(new QuarterParts(60, null, null, 2), CriteriaWeights.Default);

        // Assert
        Assert.Equal(60.0, percent);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(5, 3)]
    public void UnitSummativeLimit_ByWeeklyHours(int hours, int expected)
    {
        // Act
        var limit = CriteriaScale.UnitSummativeLimit(hours);

        // Assert
        Assert.Equal(expected, limit);
    }
}
