using System.Text.Json;

namespace InternalControl.Cli.Tests;

/// <summary>
/// The sample Kazakh school end to end, as its deputy director would run it: import, score the sheets, evaluate,
/// read the decisions (Order No. 130 guideline, seed 000 §3.2-3.4). In the sample's scores.csv teachers t008, t012,
/// t016 and t020 are systematic (group C) on both sheets and the twelve others are in groups A or B.
/// </summary>
public sealed class KazakhSampleSchoolTests(KazakhSchoolFixture school) : IClassFixture<KazakhSchoolFixture>
{
    private static readonly string[] GroupC = ["t008", "t012", "t016", "t020"];

    [Fact]
    public void Evaluate_SampleScores_OpensOneReControlPerAOrBObjectAndSheet()
    {
        // Arrange: §3.4, groups A and B are controlled again, one case per object and sheet.
        var expected = Enumerable.Range(5, 16).Select(i => $"t{i:000}").Except(GroupC)
            .SelectMany(t => new[] { $"object={t};sheet=II.3", $"object={t};sheet=III.1" })
            .Order(StringComparer.Ordinal)
            .ToList();

        // Act
        var cases = JsonDocument.Parse(school.Run("cases", "--json").Out).RootElement.EnumerateArray()
            .Where(c => c.GetProperty("workflow").GetString() == "recontrol")
            .ToList();

        // Assert
        Assert.Equal(expected, cases.Select(c => c.GetProperty("key").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(cases, c => Assert.Equal("open", c.GetProperty("status").GetString()));
    }

    [Fact]
    public void Evaluate_SampleScores_NoStartIsRefused()
    {
        // Arrange: the workflow is keyed by object and sheet, not by pupil (before, every start was refused:
        // "The process «recontrol» needs «object» to open a case").
        var started = JsonDocument.Parse(school.Evaluation.Out).RootElement.GetProperty("started").EnumerateArray().ToList();

        // Act
        var refused = started.Where(s => s.GetProperty("error").ValueKind != JsonValueKind.Null).ToList();

        // Assert
        Assert.Empty(refused);
        Assert.Equal(24, started.Count(s => s.GetProperty("workflow").GetString() == "recontrol"));
    }

    [Fact]
    public void Evaluate_SampleScores_SetsAGroupPerObjectAndSheetAndAResourceForEachC()
    {
        // Arrange: §3.2 a group for each of the 16 teachers on 2 sheets; §3.3 the 4 C teachers on 2 sheets become a resource.
        var result = JsonDocument.Parse(school.Evaluation.Out).RootElement;

        // Act
        var decisions = result.GetProperty("decisions").GetInt32();

        // Assert
        Assert.Equal(32 + 8, decisions);
    }

    [Fact]
    public void ReportEvaluations_SampleScores_CLeavesControlAndIsOfferedToAAndBInRussian()
    {
        // Arrange: §3.3, C leaves control and runs seminars for A and B on the same sheet.
        var run = school.Run("report", "evaluations", "--json", "--lang", "ru");

        // Act
        var rows = JsonDocument.Parse(run.Out).RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(c => c.GetString() ?? "").ToList())
            .ToList();

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(32, rows.Count);
        var c = rows.Single(r => r[0] == "t012" && r[2].StartsWith("II.3", StringComparison.Ordinal));
        Assert.Equal("Группа С: показатель проявляется системно", c[4]);
        Assert.Contains("Снимается с контроля и становится ресурсом для групп А и В", c[5]);
        var a = rows.Single(r => r[0] == "t005" && r[2].StartsWith("II.3", StringComparison.Ordinal));
        Assert.Contains("Повторный контроль", a[5]);
        Assert.StartsWith("Ресурс (группа С по этому листу): ", a[6]);
        Assert.Equal(4, a[6].Split(", ").Length);
    }
}
