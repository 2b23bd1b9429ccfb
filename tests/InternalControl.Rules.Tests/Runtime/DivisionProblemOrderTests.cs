using InternalControl.Localization;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Tests.Runtime;

/// <summary>
/// The list of IC1251 problems a run reports (a condition that divides by 0 for a binding): one per rule and binding, by
/// pupil, then subject in the school's order, then rule name; a new mark that gives the divisor a value takes its
/// binding's problems back and leaves the others (<see cref="DivisionProblemTests"/> has the other changes).
/// </summary>
public sealed class DivisionProblemOrderTests
{
    private const string Body = """
        rule "share" when pupil p subject s count(mark g where g.value = 2) / count(mark g where g.value = 5) > 1 then set share = 1 end
        rule "again" when pupil p subject s count(mark g) / count(mark g where g.value = 5) > 1 then set again = 1 end
        """;

    [Theory]
    [ClassData(typeof(Engines))]
    public void Evaluate_BindingsWithNoDivisor_OneProblemEachByPupilSubjectAndRule(RuleEngineKind engine)
    {
        // Arrange: P1's maths has a 5; P1's Kyrgyz and history and all of P2's subjects have none (subjects in the school's order).
        var policy = Some.Compile(Some.Policy(Body));

        // Act
        var result = policy.Evaluate(Some.School(Some.Marks), Some.Calendar, Some.Now, engine);

        // Assert
        Assert.Equal(
            [
                "Rule «again» divided by 0 for P1, KY; the rule was not applied to it.",
                "Rule «share» divided by 0 for P1, KY; the rule was not applied to it.",
                "Rule «again» divided by 0 for P1, HIST; the rule was not applied to it.",
                "Rule «share» divided by 0 for P1, HIST; the rule was not applied to it.",
                "Rule «again» divided by 0 for P2, MATH; the rule was not applied to it.",
                "Rule «share» divided by 0 for P2, MATH; the rule was not applied to it.",
                "Rule «again» divided by 0 for P2, KY; the rule was not applied to it.",
                "Rule «share» divided by 0 for P2, KY; the rule was not applied to it.",
                "Rule «again» divided by 0 for P2, HIST; the rule was not applied to it.",
                "Rule «share» divided by 0 for P2, HIST; the rule was not applied to it.",
            ],
            result.Problems.Select(p => p.Message(Language.En)));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Add_TheDivisorsMark_TakesTheProblemBack(RuleEngineKind engine)
    {
        // Arrange: P1's history has a 3 and no 5; then a 5 is written.
        var policy = Some.Compile(Some.Policy(Body));
        var session = policy.OpenSession(Some.School(Some.Marks), Some.Calendar, Some.Now, engine);
        var before = session.Run().Problems.Count(p => p.Message(Language.En).Contains("P1, HIST", StringComparison.Ordinal));

        // Act
        session.Add(Some.Mark("P1", "HIST", "2026-10-07", 5));

        // Assert
        Assert.Equal(2, before);
        Assert.DoesNotContain(session.Result().Problems, p => p.Message(Language.En).Contains("P1, HIST", StringComparison.Ordinal));
        Assert.Contains(session.Result().Problems, p => p.Message(Language.En).Contains("P2, HIST", StringComparison.Ordinal));
    }
}
