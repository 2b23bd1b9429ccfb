using InternalControl.Kernel.Schools;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using InternalControl.Testing.Rules;

namespace InternalControl.Rules.Tests.Compilation;

/// <summary>
/// A score aggregate whose filter fixes the object and sheet (the §3 matrix: `y.object = x.object and y.sheet = x.sheet`)
/// reads that group of scores instead of every score of the school, and counts exactly what the scan of every score counts.
/// </summary>
public sealed class ScoreGroupTests
{
    // The latest score of each criterion of the object's sheet, averaged: the §3.2 group.
    private const string Grouped = """
        rule "group" when score x x.criterion = "1"
            none(score y where y.object = x.object and y.sheet = x.sheet and y.criterion = "1" and y.date > x.date)
        then set mean = avg(score y where y.sheet = x.sheet and y.object = x.object
            and none(score z where z.object = y.object and z.sheet = y.sheet and z.criterion = y.criterion and z.date > y.date))
        end
        """;

    // The same rule with the object and sheet compared inside a `not (... or ...)`: no key, every score is scanned.
    private const string Scanned = """
        rule "group" when score x x.criterion = "1"
            none(score y where not (y.object != x.object or y.sheet != x.sheet) and y.criterion = "1" and y.date > x.date)
        then set mean = avg(score y where not (y.sheet != x.sheet or y.object != x.object)
            and none(score z where not (z.object != y.object or z.sheet != y.sheet) and z.criterion = y.criterion and z.date > y.date))
        end
        """;

    private static readonly EvaluationScore[] Scores =
    [
        Score("T1", "III.3", "1", 0, 2026, 9, 10), Score("T1", "III.3", "2", 1, 2026, 9, 10),
        Score("T1", "III.3", "1", 2, 2026, 10, 10), Score("T1", "III.3", "2", 2, 2026, 10, 10),
        Score("T1", "IV.1", "1", 1, 2026, 9, 12), Score("T1", "IV.1", "2", 0, 2026, 9, 12),
        Score("T2", "III.3", "1", 1, 2026, 9, 15), Score("T2", "III.3", "2", 0, 2026, 9, 15), Score("T2", "III.3", "3", 2, 2026, 9, 15),
        Score("T2", "III.3", "3", 0, 2026, 12, 1), // after now: in no aggregate's window
    ];

    [Fact]
    public void Bind_FilterFixesObjectAndSheet_AggregatesReadTheGroup()
    {
        // Act
        var rule = Some.Compile(Some.Policy(Grouped)).Model.Rules.Single();

        // Assert: the condition's and the action's aggregates read the bound score's group; the nested one reads y's group
        Assert.Equal(
            [(AggregateGrouping.ObjectSheet, false), (AggregateGrouping.ObjectSheet, true), (AggregateGrouping.ObjectSheet, true)],
            rule.Aggregates.Select(a => (a.Grouping, a.Key!.OfBoundScore)).Order());
    }

    [Theory]
    [InlineData(Scanned)]
    [InlineData("""rule "r" when score x count(score y where y.object = x.object and y.sheet = x.sheet and 1 / y.value > 0) > 0 then set n = 1 end""")]
    [InlineData("""rule "r" when score x count(score y where y.object = x.object or y.sheet = x.sheet) > 0 then set n = 1 end""")]
    public void Bind_NoObjectAndSheetKeyOrAFilterThatDivides_AggregatesScanEveryScore(string body)
    {
        // Act
        var rule = Some.Compile(Some.Policy(body)).Model.Rules.Single();

        // Assert
        Assert.All(rule.Aggregates, a => Assert.Equal((AggregateGrouping.School, null), (a.Grouping, a.Key)));
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public void Evaluate_GroupedAggregates_GiveWhatTheScanOfEveryScoreGives(RuleEngineKind engine)
    {
        // Arrange
        var school = Some.School(Some.Marks) with { Scores = Scores };

        // Act
        var grouped = Some.Compile(Some.Policy(Grouped)).Evaluate(school, Some.Calendar, Some.Now, engine);
        var scanned = Some.Compile(Some.Policy(Scanned)).Evaluate(school, Some.Calendar, Some.Now, RuleEngineKind.Compiled);

        // Assert: T1's III.3 latest (2, 2), its IV.1 (1, 0), T2's III.3 (1, 0, 2: the December 0 is not yet)
        Assert.Equal(
            [("T1", 0.5), ("T1", 2d), ("T2", 1d)],
            grouped.Decisions.Select(d => (d.ObjectId!, Convert.ToDouble(d.Value, System.Globalization.CultureInfo.InvariantCulture))).Order());
        EngineParity.AssertSame(scanned, grouped);
    }

    private static EvaluationScore Score(string teacher, string sheet, string criterion, int value, int year, int month, int day) =>
        new(teacher, "teacher", sheet, criterion, value, new DateOnly(year, month, day), "I1");
}
