namespace InternalControl.Rules.Tests.Runtime;

public sealed class ChainingTests
{
    private const string Chain = """
        rule "council" priority 10
        when
            pupil p
            weak(p)
        then
            start "small-council" for p
        end

        rule "weak subject"
        when
            pupil p
            subject s
            count(mark g where g.value = 2) >= 3
        then
            assert weak(p) = 1
        end
        """;

    [Fact]
    public void Evaluate_DerivedFact_IsMatchedByAnotherRule()
    {
        // Act
        var result = Some.Run(Chain, Some.Marks);

        // Assert
        Assert.Equal("weak", Assert.Single(result.Facts).Name);
        Assert.Equal(("small-council", "P1"), (Assert.Single(result.Starts).Workflow, result.Starts[0].Key));
    }

    [Fact]
    public void Evaluate_RuleThatKeepsChangingItsOwnFact_IsStoppedAndReported()
    {
        // Arrange
        const string body = "rule \"counter\" when pupil p where p.id = \"P1\" then assert n(p) = n(p).value + 1 end";

        // Act
        var result = Some.Run(body, []);

        // Assert
        Assert.Equal("IC1401", Assert.Single(result.Problems).Code);
        Assert.Equal(InternalControl.Rules.Runtime.Evaluator.MaxRounds, result.Firings.Count);
    }

    [Fact]
    public void Evaluate_AssertingTheSameFactAgain_FiresOnce()
    {
        // Arrange
        const string body = "rule \"same\" when pupil p where p.id = \"P1\" then assert seen(p) end";

        // Act
        var result = Some.Run(body, []);

        // Assert
        Assert.Single(result.Firings);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Evaluate_Priorities_HigherPriorityFiresFirst()
    {
        // Arrange
        const string body = """
            rule "low" priority 1 when pupil p where p.id = "P1" then set a = 1 end
            rule "high" priority 5 when pupil p where p.id = "P1" then set b = 1 end
            """;

        // Act
        var result = Some.Run(body, []);

        // Assert
        Assert.Equal(["high", "low"], result.Firings.Select(f => f.Rule));
    }
}
