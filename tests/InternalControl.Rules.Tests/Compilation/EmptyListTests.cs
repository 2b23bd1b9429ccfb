namespace InternalControl.Rules.Tests.Compilation;

/// <summary>
/// An empty list `[]` in the rules: `in []` holds for no value and `not in []` for every value (the binder's
/// `any ?? false`), and a table cell `[]` is refused (a cell of no values is how `-`, any value, reads).
/// </summary>
public sealed class EmptyListTests
{
    [Fact]
    public void Evaluate_InEmptyList_FiresForNoOne()
    {
        // Arrange
        const string body = "rule \"r\" when pupil p subject s s.id in [] then set x = 1 end";

        // Act
        var result = Some.Run(body, Some.Marks);

        // Assert
        Assert.Empty(result.Firings);
    }

    [Fact]
    public void Evaluate_NotInEmptyList_FiresForEverySubject()
    {
        // Arrange
        const string body = "rule \"r\" when pupil p subject s s.id not in [] and exists(mark g) then set x = 1 end";

        // Act
        var result = Some.Run(body, Some.Marks);

        // Assert
        Assert.Equal(["HIST", "MATH"], result.Firings.Select(f => f.SubjectId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compile_EmptyListCell_IC1101AtTheClosingBracketInRussian()
    {
        // Arrange: a cell with no values is how "-" reads, so "[]" would have matched every mark.
        const string table = """
            table t hit first
                input mark | output level
                []         | 1
                -          | 9
            end
            """;

        // Act
        var error = Assert.Single(Some.Errors(Some.Policy(table)));

        // Assert
        Assert.Equal(("IC1101", 4, 6), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal(EmptyCellMessage, error.Message(InternalControl.Localization.Language.Ru));
    }

    [Fact]
    public void Function_AnyValueCell_MatchesEveryValue()
    {
        // Arrange: "-" is the way to write any value.
        const string table = """
            table t hit first
                input mark | output level
                -          | 1
            end
            """;
        var compiled = Some.Compile(Some.Policy(table)).Table("t")!;

        // Act
        var level = ((Func<double, double>)compiled.Function!)(2);

        // Assert
        Assert.Equal(1, level);
    }

    private const string EmptyCellMessage = "Ожидалось выражение, найдено ']'.";
}
