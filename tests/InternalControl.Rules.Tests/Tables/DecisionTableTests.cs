using InternalControl.Testing.Policies;

namespace InternalControl.Rules.Tests.Tables;

public sealed class DecisionTableTests
{
    private const string PercentToMark = PolicyText.PercentToMark;

    [Theory]
    [InlineData(0, 2)]
    [InlineData(39, 2)]
    [InlineData(40, 3)]
    [InlineData(84, 4)]
    [InlineData(100, 5)]
    public void Function_Unique_ConvertsPercentToMark(double percent, double mark)
    {
        // Arrange
        var table = Some.Compile(Some.Policy(PercentToMark)).Table("percent_to_mark")!;

        // Act
        var result = ((Func<double, double>)table.Function!)(percent);

        // Assert
        Assert.Equal(mark, result);
    }

    [Fact]
    public void Compile_UniqueWithOverlappingRows_ReportsIC1301()
    {
        // Arrange
        var source = Some.Policy(PercentToMark.Replace("[40..64]", "[39..64]", StringComparison.Ordinal));

        // Act
        var diagnostic = Assert.Single(Some.Errors(source));

        // Assert
        Assert.Equal("IC1301", diagnostic.Code);
        Assert.Equal("У таблицы «percent_to_mark» политика попадания уникальная, но строки 1 и 2 пересекаются.", diagnostic.Message(InternalControl.Localization.Language.Ru));
    }

    [Fact]
    public void Compile_GapOverEnumeratedInput_ReportsIC1302()
    {
        // Arrange
        var source = Some.Policy(PercentToMark.Replace("[65..84]", "[66..84]", StringComparison.Ordinal));

        // Act
        var diagnostic = Assert.Single(Some.Errors(source));

        // Assert
        Assert.Equal("IC1302", diagnostic.Code);
        Assert.Equal("«percent_to_mark» кестесінде percent = 65 үшін жол жоқ.", diagnostic.Message(InternalControl.Localization.Language.Kk));
    }

    [Fact]
    public void Compile_GapOverListedGroups_ReportsIC1302()
    {
        // Arrange
        const string table = """
            table dir3_decision hit unique
                input group in ["A", "B", "C"] | output recontrol
                "A"                            | true
                "B"                            | true
            end
            """;

        // Act
        var diagnostic = Assert.Single(Some.Errors(Some.Policy(table)));

        // Assert
        Assert.Equal("IC1302", diagnostic.Code);
    }

    [Theory]
    [InlineData("unique", 30, 3)]
    [InlineData("any", 70, 4)]
    [InlineData("first", 70, 4)]
    [InlineData("priority", 70, 5)]
    [InlineData("collect sum", 70, 9)]
    [InlineData("collect count", 70, 2)]
    [InlineData("collect min", 70, 4)]
    [InlineData("collect max", 70, 5)]
    [InlineData("collect count", 30, 1)]
    public void FunctionAndEvaluate_HitPolicy_ChooseAsDmn(string hit, int percent, double expected)
    {
        // Arrange: rows 2 and 3 overlap on 65-100 (not for unique, whose third row starts above them).
        var source = Some.Policy($"""
            table t hit {hit}
                input percent | output mark in [5, 4, 3]
                < 65          | 3
                >= 65         | 4
                [65..100]     | 5
            end
            """);
        source = hit switch
        {
            "any" => source.Replace("[65..100]     | 5", "[65..100]     | 4", StringComparison.Ordinal),
            "unique" => source.Replace(">= 65         | 4", "[65..84]      | 4", StringComparison.Ordinal).Replace("[65..100]     | 5", "[85..100]     | 5", StringComparison.Ordinal),
            _ => source,
        };
        var table = Some.Compile(source).Table("t")!;

        // Act: the boxed row tests, given a whole number as a caller passes it.
        var rows = table.Evaluate(percent);

        // Assert: the same answer from the rows and from the compiled function.
        Assert.Equal(expected, Assert.Single(rows)["mark"]);
        Assert.Equal(expected, ((Func<double, double>)table.Function!)(percent));
    }

    [Fact]
    public void Evaluate_DateInput_MatchesTheRowOfItsRange_AndTextsOfListsEachTextOnce()
    {
        // Arrange
        var source = Some.Policy("""
            table t hit first
                input day                    | input group    | output venue
                [2026-09-01..2026-12-31]     | "B", "A"       | "first half"
                >= 2027-01-01                | "A"            | "second half"
                -                            | != "A"         | "any time"
            end
            """);
        var table = Some.Compile(source).Table("t")!;

        // Act
        var autumn = table.Evaluate(new DateOnly(2026, 10, 1), "A");
        var spring = table.Evaluate(new DateOnly(2027, 2, 1), "A");
        var other = table.Evaluate(new DateOnly(2027, 2, 1), "C");

        // Assert
        Assert.Equal(["first half", "second half", "any time"], new[] { autumn, spring, other }.Select(r => Assert.Single(r)["venue"]));
        Assert.Equal(["A", "B"], table.TextsOf("group"));
        Assert.Empty(table.TextsOf("room"));
    }

    [Theory]
    [InlineData("rule_order")]
    [InlineData("collect")]
    public void Evaluate_MultiHit_ReturnsEveryMatchInRowOrder(string hit)
    {
        // Arrange
        var source = Some.Policy($"""
            table t hit {hit}
                input group | output action                    | output venue
                "A"         | "re-control"                     | "directors_meeting"
                "A", "B"    | "recommendations"                | "methodical_council"
                "C"         | "runs a seminar for groups A, B" | "pedagogical_council"
            end
            """);
        var table = Some.Compile(source).Table("t")!;

        // Act
        var rows = table.Evaluate("A");

        // Assert
        Assert.Equal(["re-control", "recommendations"], rows.Select(r => r["action"]));
        Assert.Null(table.Function);
    }

    [Fact]
    public void Evaluate_TableInRule_SetsDecisionFromScore()
    {
        // Arrange: order No. 130 evaluation sheets: score 0 -> group A, 1 -> B, 2 -> C.
        const string body = """
            table score_group hit unique
                input score in [0, 1, 2] | output group
                0                        | "A"
                1                        | "B"
                2                        | "C"
            end

            rule "group from score"
            when
                score e where e.criterion = "lesson plans"
            then
                set group = score_group(e.value)
            end
            """;
        var policy = Some.Compile(Some.Policy(body));
        var school = Some.School([]) with { Scores = [new Kernel.Schools.EvaluationScore("T7", "teacher", "dir3", "lesson plans", 1, new DateOnly(2026, 10, 1), "D1")] };

        // Act
        var result = policy.Evaluate(school, Some.Calendar, Some.Now);

        // Assert
        var decision = Assert.Single(result.Decisions);
        Assert.Equal(("group", "B", "T7"), (decision.Name, decision.Value, decision.ObjectId));
    }
}
