using InternalControl.Localization;

namespace InternalControl.Rules.Tests.Compilation;

/// <summary>
/// What the expression binder tells a policy author: the type errors and unknown names at the expression, the value
/// a date sum or a text comparison has, and the language-neutral model (Describe) it builds from a condition.
/// </summary>
public sealed class ExpressionBinderTests
{
    [Fact]
    public void Compile_NumberWhereAConditionStands_IC1204NamesTheKind()
    {
        // Arrange
        var source = Some.Policy("rule \"r\" when pupil p p.grade + 1 then set x = 1 end");

        // Act
        var error = Assert.Single(Some.Errors(source));

        // Assert
        Assert.Equal(("IC1204", 2, 23), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("A condition must be true or false, but this is a number.", error.Message(Language.En));
    }

    [Fact]
    public void Compile_UnknownNameNearNothing_IC1201WithNoSuggestion()
    {
        // Arrange
        var source = Some.Policy("rule \"r\" when pupil p p.grade > qqqqqq then set x = 1 end");

        // Act
        var error = Assert.Single(Some.Errors(source));

        // Assert
        Assert.Equal(("IC1201", 2, 33), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Equal("Unknown name 'qqqqqq'.", error.Message(Language.En));
    }

    [Fact]
    public void Compile_MisspelledParameter_IC1201SuggestsTheParameter()
    {
        // Arrange
        var source = Some.Policy("parameter twos_threshold = 3\nrule \"r\" when pupil p p.grade > twos_treshold then set x = 1 end");

        // Act
        var error = Assert.Single(Some.Errors(source));

        // Assert
        Assert.Equal("Unknown name 'twos_treshold'. Did you mean 'twos_threshold'?", error.Message(Language.En));
    }

    [Fact]
    public void Compile_MisspelledVariable_IC1201SuggestsTheVariable()
    {
        // Arrange
        var source = Some.Policy("rule \"r\" when pupil pupil_one pupil_on.grade > 5 then set x = 1 end");

        // Act
        var error = Assert.Single(Some.Errors(source));

        // Assert
        Assert.Equal("Unknown name 'pupil_on'. Did you mean 'pupil_one'?", error.Message(Language.En));
    }

    [Theory]
    [InlineData("qqq.grade > 5")]
    [InlineData("qqq")]
    [InlineData("qqq + 1 = \"a\"")]
    [InlineData("-qqq = \"a\"")]
    [InlineData("qqq in [\"a\", 1..2]")]
    [InlineData("s.id in [qqq]")]
    [InlineData("round(qqq.grade) > 2")]
    public void Compile_UnknownNameInsideAnExpression_OnlyIC1201(string condition)
    {
        // Arrange: what is built on the unknown name reports nothing more (no IC1202, IC1203 or IC1204 after it).
        var source = Some.Policy($"rule \"r\" when pupil p subject s {condition} then set x = 1 end");

        // Act
        var errors = Some.Errors(source);

        // Assert
        Assert.Equal("IC1201", Assert.Single(errors).Code);
    }

    [Theory]
    [InlineData("\"a\" + 1 = 2", "'+' cannot combine a text with a number.")]
    [InlineData("s.id < \"M\"", "'<' cannot combine a text with a text.")]
    [InlineData("true < false", "'<' cannot combine true or false with true or false.")]
    [InlineData("-\"a\" = 1", "'-' needs a number here, not a text.")]
    [InlineData("s.id in [1, 2]", "'in' cannot combine a text with a number.")]
    [InlineData("s.id in [1..2]", "'..' cannot combine a text with a number.")]
    [InlineData("now - 1 = \"x\"", "'=' cannot combine a date with a text.")]
    [InlineData("round(\"a\" + 1) > 2", "'+' cannot combine a text with a number.")]
    public void Compile_ValuesThatDoNotCombine_OneIC1203(string condition, string message)
    {
        // Arrange
        var source = Some.Policy($"rule \"r\" when pupil p subject s {condition} then set x = 1 end");

        // Act
        var error = Assert.Single(Some.Errors(source));

        // Assert
        Assert.Equal("IC1203", error.Code);
        Assert.Equal(message, error.Message(Language.En));
    }

    [Theory]
    [InlineData("g.date + 19 = now")]
    [InlineData("now - 19 = g.date")]
    [InlineData("now - g.date = 19")]
    public void Evaluate_DateArithmetic_CountsDays(string where)
    {
        // Arrange: P1's maths mark of 2026-10-01 is 19 days before now (2026-10-20); no other mark is.
        var body = $"rule \"r\" when pupil p subject s exists(mark g where {where}) then set x = 1 end";

        // Act
        var result = Some.Run(body, Some.Marks);

        // Assert
        Assert.Equal(("P1", "MATH"), (Assert.Single(result.Firings).PupilId, result.Firings[0].SubjectId));
    }

    [Fact]
    public void Evaluate_TextNotEqual_FiresForTheOtherSubjects()
    {
        // Arrange
        const string body = "rule \"r\" when pupil p subject s s != \"MATH\" and exists(mark g) then set x = 1 end";

        // Act
        var result = Some.Run(body, Some.Marks);

        // Assert
        Assert.Equal("HIST", Assert.Single(result.Firings).SubjectId);
    }

    [Fact]
    public void Describe_Condition_IsTheLanguageNeutralModel()
    {
        // Arrange: and/or, not, unary minus, a parameter, in and not in with a range, texts and yes/no.
        const string body = """
            parameter limit = 3
            rule "r"
            when
                pupil p
                subject s
                not (s.id = "MATH") or p.grade in [5..9, 11] and -1 < limit and s.id not in ["KY"] and true
            then
                set x = 1
            end
            """;

        // Act
        var model = Some.Compile(Some.Policy(body)).Describe();

        // Assert
        Assert.Contains(DescribedRule, model, StringComparison.Ordinal);
    }

    private const string DescribedRule =
        "rule r priority 0: Type.Pupil p ; Type.Subject s ; ((Kw.Not (s.Field.Id = \"MATH\")) Kw.Or ((((p.Field.Grade Kw.In [5..9, 11]) Kw.And ((-1) < $limit)) Kw.And (s.Field.Id Kw.Not Kw.In [\"KY\"])) Kw.And true)) ; Kw.Set x = 1\n";
}
