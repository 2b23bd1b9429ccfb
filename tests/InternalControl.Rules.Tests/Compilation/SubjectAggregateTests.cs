using InternalControl.Kernel.Schools;
using InternalControl.PolicyLanguage.Formatting;
using InternalControl.PolicyLanguage.Parsing;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Translation;

namespace InternalControl.Rules.Tests.Compilation;

using Language = InternalControl.Localization.Language;

/// <summary>
/// Aggregates over the pupil's subjects with nested mark aggregates, and `round`: the Kazakh plan's "single 3
/// in one subject" (seed 000 direction 3, §5.1; seed 001 R41) needs a per-subject result counted across subjects.
/// </summary>
public sealed class SubjectAggregateTests
{
    private const string SingleThree = """
        rule "single 3"
        when
            pupil p
            subject s
            round(avg(mark m)) = 3
            count(subject t where t != s and round(avg(mark m)) < 4) = 0
        then
            start "single-mark" for p, s
        end
        """;

    private static readonly string Source = Some.Policy(SingleThree);

    [Fact]
    public void Parse_SubjectAggregate_NestsTheMarkAggregateInItsCondition()
    {
        // Act
        var rule = PolicyParser.Parse(Source, "t.icp").Value!.Rules.Single();

        // Assert
        var condition = Assert.IsType<TestConditionSyntax>(rule.When[^1]).Expression;
        var count = Assert.IsType<AggregateSyntax>(Assert.IsType<BinarySyntax>(condition).Left);
        Assert.Equal(("subject", "t"), (count.Type, count.Variable));
        var round = Assert.IsType<CallSyntax>(Assert.IsType<BinarySyntax>(Assert.IsType<BinarySyntax>(count.Where).Right).Left);
        Assert.Equal("mark", Assert.IsType<AggregateSyntax>(Assert.Single(round.Arguments)).Type);
    }

    [Fact]
    public void Evaluate_OneSubjectRoundsToThreeTheRestToFive_StartsForThatSubject()
    {
        // Arrange
        Mark[] marks = [Some.Mark("P1", "MATH", "2026-10-01", 3), Some.Mark("P1", "MATH", "2026-10-02", 3), Some.Mark("P1", "HIST", "2026-10-01", 5), Some.Mark("P1", "KY", "2026-10-01", 4), Some.Mark("P1", "KY", "2026-10-02", 5)];

        // Act
        var result = Some.Run(SingleThree, marks);

        // Assert
        var start = Assert.Single(result.Starts);
        Assert.Equal(("P1", "MATH"), (start.PupilId, start.SubjectId));
    }

    [Fact]
    public void Evaluate_TwoSubjectsRoundToThree_DoesNotStart()
    {
        // Arrange
        Mark[] marks = [Some.Mark("P1", "MATH", "2026-10-01", 3), Some.Mark("P1", "HIST", "2026-10-01", 3), Some.Mark("P1", "KY", "2026-10-01", 5)];

        // Act
        var result = Some.Run(SingleThree, marks);

        // Assert
        Assert.Empty(result.Starts);
    }

    [Fact]
    public void Evaluate_MeanOf3Point5_RoundsHalfUpToFour()
    {
        // Arrange: MATH 3.5 -> 4, HIST 3 -> the single 3
        Mark[] marks = [Some.Mark("P1", "MATH", "2026-10-01", 3), Some.Mark("P1", "MATH", "2026-10-02", 4), Some.Mark("P1", "HIST", "2026-10-01", 3)];

        // Act
        var result = Some.Run(SingleThree, marks);

        // Assert
        Assert.Equal("HIST", Assert.Single(result.Starts).SubjectId);
    }

    [Fact]
    public void Evaluate_CountSubjectsWithMarks_SkipsTaughtSubjectsWithoutMarks()
    {
        // Arrange: three subjects are taught, two have marks
        const string body = "rule \"r\" when pupil p count(subject t where exists(mark m)) = 2 and count(subject t) = 3 then set x = 1 end";

        // Act
        var result = Some.Run(body, [Some.Mark("P1", "MATH", "2026-10-01", 3), Some.Mark("P1", "HIST", "2026-10-01", 5)]);

        // Assert
        Assert.Equal("P1", Assert.Single(result.Firings).PupilId);
    }

    [Fact]
    public void Evaluate_MinOverSubjectsOfTheMeans_IsTheWeakestSubject()
    {
        // Arrange
        const string body = "rule \"r\" when pupil p min(subject t: avg(mark m) where exists(mark m)) = 2.5 then set x = 1 end";

        // Act
        var result = Some.Run(body, [Some.Mark("P1", "MATH", "2026-10-01", 2), Some.Mark("P1", "MATH", "2026-10-02", 3), Some.Mark("P1", "HIST", "2026-10-01", 5)]);

        // Assert
        Assert.Single(result.Firings);
    }

    [Fact]
    public void Evaluate_Firing_CitesTheMarksOfTheSubjectsTheConditionHeldFor()
    {
        // Arrange
        const string body = "rule \"r\" when pupil p count(subject t where round(avg(mark m)) >= 4) = 2 then set x = 1 end";
        Mark[] marks = [Some.Mark("P1", "MATH", "2026-10-01", 3), Some.Mark("P1", "HIST", "2026-10-01", 5), Some.Mark("P1", "KY", "2026-10-01", 4)];

        // Act
        var firing = Assert.Single(Some.Run(body, marks).Firings);

        // Assert
        Assert.Equal(["HIST", "KY"], firing.Facts.Select(f => f.SubjectId).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluate_DerivedFactPerSubject_CountsAcrossSubjects()
    {
        // Arrange: a pair rule asserts weak(p, s); a pupil rule counts the weak subjects
        const string body = """
            rule "weak" priority 5 when pupil p subject s count(mark g where g.value = 2) >= 2 then assert weak(p, s) end
            rule "weak in two" when pupil p count(subject t where weak(p, t)) >= 2 then start "council" for p end
            """;
        Mark[] marks = [Some.Mark("P1", "MATH", "2026-10-01", 2), Some.Mark("P1", "MATH", "2026-10-02", 2), Some.Mark("P1", "HIST", "2026-10-01", 2), Some.Mark("P1", "HIST", "2026-10-02", 2)];

        // Act
        var result = Some.Run(body, marks);

        // Assert
        Assert.Equal("council", Assert.Single(result.Starts).Workflow);
    }

    [Fact]
    public void Add_MarkInAnotherSubject_ReevaluatesTheSingleThree()
    {
        // Arrange: a single 3 in MATH, then two 2s bring HIST's 5 down to a 3: two 3s
        var policy = Some.Compile(Source);
        var session = policy.OpenSession(Some.School([Some.Mark("P1", "MATH", "2026-10-01", 3), Some.Mark("P1", "HIST", "2026-10-01", 5)]), Some.Calendar, Some.Now);
        Assert.Single(session.Run().Starts);

        // Act
        session.Add(Some.Mark("P1", "HIST", "2026-10-02", 2));
        session.Add(Some.Mark("P1", "HIST", "2026-10-05", 2));

        // Assert
        Assert.Empty(session.ResultFor("P1").Starts);
    }

    [Fact]
    public void Compile_SumOverSubjectsWithoutValue_ReportsIC1213()
    {
        // Act
        var errors = Some.Errors(Some.Policy("rule \"r\" when pupil p sum(subject t) > 1 then set x = 1 end"));

        // Assert
        Assert.Contains(errors, d => d.Code == "IC1213");
    }

    [Fact]
    public void Compile_SubjectAggregateWithoutPupil_ReportsIC1214()
    {
        // Act
        var errors = Some.Errors(Some.Policy("rule \"r\" when count(subject t) > 1 then set x = 1 end"));

        // Assert
        Assert.Contains(errors, d => d.Code == "IC1214");
    }

    [Fact]
    public void Compile_RoundOfText_ReportsTypeMismatch()
    {
        // Act
        var errors = Some.Errors(Some.Policy("rule \"r\" when pupil p round(\"x\") = 3 then set x = 1 end"));

        // Assert
        Assert.Contains(errors, d => d.Code == "IC1203");
    }

    [Fact]
    public void Format_MessySubjectAggregate_IsCanonicalAndStable()
    {
        // Arrange
        var messy = Source.Replace("count(subject t where", "count( subject  t   where", StringComparison.Ordinal);

        // Act
        var once = PolicyFormatter.Format(messy, "t.icp").Value!;
        var twice = PolicyFormatter.Format(once, "t.icp").Value!;

        // Assert
        Assert.Contains("count(subject t where t != s and round(avg(mark m)) < 4) = 0", once, StringComparison.Ordinal);
        Assert.Equal(once, twice);
    }

    [Fact]
    public void Translate_EnKkKyRuEn_SubjectAggregateCompilesToTheSameModel()
    {
        // Arrange
        var model = Some.Compile(Source).Describe();
        var text = Source;

        // Act
        var models = new List<string>();
        foreach (var language in new[] { Language.Kk, Language.Ky, Language.Ru, Language.En })
        {
            text = PolicyTranslator.Translate(text, "t.icp", language).Value!;
            models.Add(Some.Compile(text).Describe());
        }

        // Assert
        Assert.All(models, m => Assert.Equal(model, m));
        Assert.Equal(Source, text);
    }

    [Theory]
    [InlineData("kk", "саны(пән t мұнда t != s және дөңгелектеу(орташа(баға m)) < 4) = 0")]
    [InlineData("ky", "саны(сабак t мында t != s жана тегеректөө(орточо(баа m)) < 4) = 0")]
    [InlineData("ru", "количество(предмет t где t != s и округлить(среднее(оценка m)) < 4) = 0")]
    public void Translate_SubjectAggregate_UsesTheLanguagesWords(string code, string expected)
    {
        // Arrange
        var language = code switch { "kk" => Language.Kk, "ky" => Language.Ky, _ => Language.Ru };

        // Act
        var text = PolicyTranslator.Translate(Source, "t.icp", language).Value!;

        // Assert
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }
}
