namespace InternalControl.Rules.Tests.Compilation;

public sealed class ConditionTests
{
    [Theory]
    [InlineData("s = \"MATH\" and count(mark g where g.value in [2, 5]) = 4", true)]
    [InlineData("s = \"MATH\" and count(mark g where g.value in 2..4) = 3", true)]
    [InlineData("s = \"MATH\" and count(mark g where g.value not in [2]) = 1", true)]
    [InlineData("s = \"HIST\" or s = \"MATH\"", true)]
    [InlineData("not (s = \"KY\") and exists(mark g)", true)]
    [InlineData("p.grade in [5..9] and s.id = \"MATH\"", true)]
    [InlineData("p.grade >= 8 and s.id = \"MATH\"", false)]
    [InlineData("s = \"MATH\" and exists(mark g where g.date >= 2026-10-06 and g.date <= now)", true)]
    [InlineData("s = \"MATH\" and exists(mark g where g.term = current_term and g.kind = \"current\")", true)]
    [InlineData("s = \"MATH\" and exists(mark g where days(g.date, now) > 30)", false)]
    public void Evaluate_Condition_FiresOnlyForMatchingSubject(string condition, bool fires)
    {
        // Arrange
        var body = $"rule \"r\" when pupil p subject s {condition} then set x = 1 end";

        // Act
        var result = Some.Run(body, Some.Marks);

        // Assert
        Assert.Equal(fires, result.Firings.Any(f => f.SubjectId == "MATH"));
    }

    [Fact]
    public void Evaluate_PatternWhere_FiltersThePupil()
    {
        // Arrange
        const string body = "rule \"r\" when pupil p where p.id = \"P2\" then set x = 1 end";

        // Act
        var result = Some.Run(body, Some.Marks);

        // Assert
        Assert.Equal("P2", Assert.Single(result.Firings).PupilId);
    }

    [Fact]
    public void Evaluate_SchoolDaysAcrossAutumnVacation_SkipsTheVacation()
    {
        // Arrange: the Kyrgyz first quarter ends on Tue 3 Nov 2026, the second starts on Mon 9 Nov;
        // a deadline of 1 school day after 3 Nov falls on 9 Nov, and 2-10 Nov hold 3 school days.
        const string body = "rule \"r\" when 2026-11-09 = add_school_days(2026-11-03, 1) and school_days(2026-11-02, 2026-11-10) = 3 then set x = 1 end";

        // Act
        var result = Some.Run(body, []);

        // Assert
        Assert.Single(result.Firings);
    }

    [Fact]
    public void Evaluate_Decision_CarriesTypedValue()
    {
        // Arrange
        const string body = "rule \"r\" when pupil p where p.id = \"P1\" then set deadline = add_school_days(now, 5) set group = \"B\" end";

        // Act
        var result = Some.Run(body, []);

        // Assert
        Assert.Equal([new DateOnly(2026, 10, 27), (object)"B"], result.Decisions.Select(d => d.Value));
    }
}
