namespace InternalControl.Rules.Tests.Runtime;

/// <summary>
/// A `start` hands its `for` values one by one, so the host can key a case by what is not a pupil: Kazakh re-control
/// is kept per evaluated object and sheet (Order No. 130 guideline, seed 000 §3.4).
/// </summary>
public sealed class StartPartsTests
{
    [Fact]
    public void Evaluate_StartForObjectAndSheet_CarriesBothValues()
    {
        // Arrange
        const string body = """
            rule "recontrol"
            when
                score x where x.value = 0
            then
                start "recontrol" for x.object, x.sheet
            end
            """;
        var policy = Some.Compile(Some.Policy(body));
        var school = Some.School([]) with { Scores = [new Kernel.Schools.EvaluationScore("T7", "teacher", "III.3", "1", 0, new DateOnly(2026, 10, 1), "D1")] };

        // Act
        var start = Assert.Single(policy.Evaluate(school, Some.Calendar, Some.Now).Starts);

        // Assert
        Assert.Equal("T7/III.3", start.Key);
        Assert.Equal(["T7", "III.3"], start.Parts);
    }
}
