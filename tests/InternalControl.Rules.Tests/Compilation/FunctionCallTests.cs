using InternalControl.Localization;

namespace InternalControl.Rules.Tests.Compilation;

/// <summary>
/// Calls in a condition or an action: the built-in functions' values (`weighted_mean`, seed 001 R33's quarter mark), and
/// what an author is told of a misspelled function and of `weighted_mean`'s arguments, in two languages (PolicyErrorTests
/// has the other errors of calls).
/// </summary>
public sealed class FunctionCallTests
{
    [Theory]
    [InlineData("weighted_mean(4, 1, 2, 3)", 2.5)]
    [InlineData("weighted_mean(4, 1, 2, 0)", 4)]
    [InlineData("weighted_mean(4, 1, 2, -3)", 4)]
    [InlineData("weighted_mean(avg(mark g where g.value > 5), 3, 2, 1)", 2)]
    [InlineData("weighted_mean(5, 2, avg(mark g: g.value where g.subject = \"HIST\"), 2)", 4)]
    public void Evaluate_WeightedMean_WeighsThePartsThatHaveAValue(string call, double expected)
    {
        // Arrange: seed 001 R33, a quarter mark's part with no marks yet (an average over none) or a weight not above 0 drops out.
        var body = $"rule \"r\" when pupil p where p.id = \"P1\" then set mean = {call} end";

        // Act
        var result = Some.Run(body, Some.Marks);

        // Assert
        var decision = Assert.Single(result.Decisions);
        Assert.Equal(expected, (double)decision.Value!, 6);
    }

    [Fact]
    public void Evaluate_WeightedMeanOfNoValue_TheConditionDoesNotHold()
    {
        // Arrange: every part without a value: no mean, so a comparison with it is false.
        var body = "rule \"r\" when pupil p weighted_mean(avg(mark g where g.value > 5), 1) < 10 then set x = 1 end";

        // Act
        var result = Some.Run(body, Some.Marks);

        // Assert
        Assert.Empty(result.Firings);
    }

    [Fact]
    public void Compile_WeightedMeanWithAValueWithoutItsWeight_IC1208()
    {
        // Arrange
        var source = Some.Policy("rule \"r\" when pupil p weighted_mean(4, 1, 2) > 1 then set x = 1 end");

        // Act
        var error = Assert.Single(Some.Errors(source));

        // Assert
        Assert.Equal("IC1208", error.Code);
        Assert.Equal((2, 23), (error.Span.Line, error.Span.Column));
        Assert.Equal("'weighted_mean' takes values in pairs, each value followed by its weight; it was given 3.", error.Message(Language.En));
        Assert.Equal("'weighted_mean' принимает значения парами: каждое значение, затем его вес; передано значений: 3.", error.Message(Language.Ru));
    }

    [Fact]
    public void Compile_MisspelledFunction_IC1207SuggestsTheFunction()
    {
        // Arrange
        var source = Some.Policy("rule \"r\" when pupil p roud(avg(mark g: g.value)) = 2 then set x = 1 end");

        // Act
        var error = Assert.Single(Some.Errors(source));

        // Assert
        Assert.Equal("IC1207", error.Code);
        Assert.Equal("Unknown function, table or fact 'roud'. Did you mean 'round'?", error.Message(Language.En));
        Assert.Equal("Белгисиз функция, таблица же факт 'roud'. 'round' дегиңиз келдиби?", error.Message(Language.Ky));
    }

    [Fact]
    public void Evaluate_DerivedFactOfThePupilAndSubject_HoldsOnlyForThatSubject()
    {
        // Arrange
        var body = """
            rule "weak" priority 5 when pupil p subject s count(mark g where g.value = 2) >= 3 then assert weak(p, s) end
            rule "told" when pupil p subject s weak(p, s) then set told = 1 end
            """;

        // Act
        var result = Some.Run(body, Some.Marks);

        // Assert
        var decision = Assert.Single(result.Decisions);
        Assert.Equal(("P1", "MATH"), (decision.PupilId, decision.SubjectId));
    }
}
