using InternalControl.Kernel.Schools;
using InternalControl.Rules.Model;
using InternalControl.Rules.Rete;
using InternalControl.Rules.Runtime;
using InternalControl.Testing.Rules;
using NRules.RuleModel;

namespace InternalControl.Rules.Tests.Rete;

/// <summary>
/// Score aggregates at the top of a condition are NRules aggregate elements (a collect of the scores that count for the
/// binding, or the group of the binding's object and sheet from a group-by); the condition reads their values. Both engines give the same decisions.
/// </summary>
public sealed class ScoreAggregateElementTests
{
    private const string Body = """
        rule "latest of its criterion, and scored twice"
        when
            score x
            none(score y where y.object = x.object and y.criterion = x.criterion and y.date > x.date)
            count(score y where y.object = x.object) >= 2
            avg(score y where y.object = x.object and y.sheet = x.sheet) < 2
        then
            set group = x.sheet
        end

        rule "weak" when pupil p avg(mark m) < 3 then notify class_teacher "x" end
        """;

    [Fact]
    public void Model_ScoreAggregates_BecomeNRulesCollectElements()
    {
        // Arrange
        var policy = Some.Compile(Some.Policy(Body));

        // Act
        var definitions = policy.Rete.Definitions;

        // Assert: two collects of scores for the score rule (the aggregates that do not fix the sheet), none for the mark rule
        // (its marks are a group-by, MarkAggregateElementTests)
        var scores = definitions.Single(d => d.Name.StartsWith("latest", StringComparison.Ordinal)).LeftHandSide.ChildElements.OfType<PatternElement>().ToList();
        Assert.Equal(2, scores.Count(p => p.Source is AggregateElement { Name: AggregateElement.CollectName } a && a.Source.ValueType == typeof(ScoreFact)));
        var marks = definitions.Single(d => d.Name == "weak").LeftHandSide.ChildElements.OfType<PatternElement>();
        Assert.DoesNotContain(marks, p => p.Source is AggregateElement { Name: AggregateElement.CollectName });
    }

    [Fact]
    public void Model_ScoreAggregateOverTheBindingsObjectAndSheet_IsAnNRulesGroupByTheBindingComesFrom()
    {
        // Arrange
        var policy = Some.Compile(Some.Policy(Body));

        // Act
        var rule = policy.Rete.Definitions.Single(d => d.Name.StartsWith("latest", StringComparison.Ordinal));
        var model = policy.Model.Rules.Single(r => r.Name == rule.Name);

        // Assert: the model says which aggregate reads one (object, sheet) group; NRules groups every score by object and
        // sheet at the top of the rule, and the binding `score x` is each score of a group (a flatten), not a join.
        Assert.Equal(
            [AggregateGrouping.School, AggregateGrouping.School, AggregateGrouping.ObjectSheet],
            model.Aggregates.Select(a => a.Grouping));
        Assert.True(model.Aggregates[2].Key!.OfBoundScore);
        var patterns = rule.LeftHandSide.ChildElements.OfType<PatternElement>().ToList();
        Assert.Equal(AggregateElement.GroupByName, Assert.IsType<AggregateElement>(patterns[0].Source).Name);
        Assert.Equal(typeof(ScoreFact), ((AggregateElement)patterns[0].Source!).Source.ValueType);
        Assert.Equal((typeof(ScoreFact), AggregateElement.FlattenName), (patterns[1].ValueType, Assert.IsType<AggregateElement>(patterns[1].Source).Name));
    }

    [Fact]
    public void Evaluate_ScoreAggregatesAsElements_GiveTheDecisionsOfTheExpressionTreeEngine()
    {
        // Arrange: T1 scored on III.3 twice (the later 1 and 0 are the latest of their criteria), T2 once
        var policy = Some.Compile(Some.Policy(Body));
        var scores = new[]
        {
            new EvaluationScore("T1", "teacher", "III.3", "1", 2, new DateOnly(2026, 9, 10), "I1"),
            new EvaluationScore("T1", "teacher", "III.3", "1", 1, new DateOnly(2026, 10, 10), "I1"),
            new EvaluationScore("T1", "teacher", "III.3", "2", 0, new DateOnly(2026, 10, 10), "I1"),
            new EvaluationScore("T2", "teacher", "III.3", "1", 0, new DateOnly(2026, 10, 10), "I1"),
            new EvaluationScore("T1", "teacher", "III.3", "2", 2, new DateOnly(2026, 12, 10), "I1"),
        };
        var school = Some.School(Some.Marks) with { Scores = scores };

        // Act
        var compiled = policy.Evaluate(school, Some.Calendar, Some.Now, RuleEngineKind.Compiled);
        var nrules = policy.Evaluate(school, Some.Calendar, Some.Now, RuleEngineKind.NRules);

        // Assert: T1's latest score of each criterion, and its December score (a binding; only aggregates keep to the
        // window, where the December score does not count yet on 20 October); T2 was scored once
        Assert.Equal(["T1", "T1", "T1"], compiled.Decisions.Where(d => d.Name == "group").Select(d => d.ObjectId));
        EngineParity.AssertSame(compiled, nrules);
    }

    [Fact]
    public void Run_Twice_NRulesSessionWithScoreElementsGivesTheSameDecisions()
    {
        // Arrange: a session run once (the scores' collections built), then run again (every fact updated)
        var policy = Some.Compile(Some.Policy(Body));
        var scores = new[]
        {
            new EvaluationScore("T1", "teacher", "III.3", "1", 2, new DateOnly(2026, 9, 10), "I1"),
            new EvaluationScore("T1", "teacher", "III.3", "1", 1, new DateOnly(2026, 10, 10), "I1"),
            new EvaluationScore("T2", "teacher", "III.3", "1", 0, new DateOnly(2026, 10, 10), "I1"),
        };
        var school = Some.School(Some.Marks) with { Scores = scores };
        var session = policy.OpenSession(school, Some.Calendar, Some.Now, RuleEngineKind.NRules);
        var first = session.Run();

        // Act
        var second = session.Run();

        // Assert
        Assert.Equal(["T1"], first.Decisions.Where(d => d.Name == "group").Select(d => d.ObjectId));
        EngineParity.AssertSame(policy.Evaluate(school, Some.Calendar, Some.Now, RuleEngineKind.Compiled), second);
    }
}
