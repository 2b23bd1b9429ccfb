using System.Text.Json;

namespace InternalControl.Cli.Tests;

/// <summary>
/// The sample Kazakh school end to end, as its deputy director would run it: import, score the sheets, evaluate,
/// read the decisions (Order No. 130 guideline, seed 000 §3.1-3.4). In the sample's scores.csv teachers t008, t012,
/// t016 and t020 are systematic (group C) on II.3 and III.1 and the twelve others are in groups A or B; t016 on IV.1
/// is C twice with its prize-winners criterion at 1 both times (no positive dynamics), t020 on IV.1 rises from B to
/// C, and t012 on V.1 is C twice (exempt).
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
            .Append("object=t016;sheet=IV.1")
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
        Assert.Equal(25, started.Count(s => s.GetProperty("workflow").GetString() == "recontrol"));
    }

    [Fact]
    public void Evaluate_SampleScores_SetsAGroupPerObjectAndSheetAndAResourceForEachC()
    {
        // Arrange: §3.2 a group for each of the 35 (teacher, sheet) pairs; §3.3 a resource for each of the 10 C pairs
        // whose contests do not lack dynamics; §3.1 one exemption (t012, V.1); §3.4 one other set of decisions (t016, IV.1).
        var result = JsonDocument.Parse(school.Evaluation.Out).RootElement;

        // Act
        var decisions = result.GetProperty("decisions").GetInt32();

        // Assert
        Assert.Equal(35 + 10 + 1 + 1, decisions);
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
        Assert.Equal(35, rows.Count);
        var c = rows.Single(r => r[0] == "Соколова Екатерина Николаевна" && r[2].StartsWith("II.3", StringComparison.Ordinal));
        Assert.Equal("Группа С: показатель проявляется системно", c[4]);
        Assert.Contains("Снимается с контроля и становится ресурсом для групп А и В", c[5]);
        var a = rows.Single(r => r[0] == "Қожахметова Алтынай Еламанқызы" && r[2].StartsWith("II.3", StringComparison.Ordinal));
        Assert.Contains("Повторный контроль", a[5]);
        Assert.StartsWith("Ресурс (группа С по этому листу): ", a[6]);
        Assert.Equal(4, a[6].Split(", ").Length);
    }

    [Fact]
    public void ReportEvaluations_CTwiceOnV1_ExemptInKazakh()
    {
        // Arrange: §3.1, t012 is in group C at both evaluations of V.1 (April and November 2026).
        var run = school.Run("report", "evaluations", "--json", "--lang", "kk");

        // Act
        var row = Rows(run).Single(r => r[0] == "Соколова Екатерина Николаевна" && r[2].StartsWith("V.1", StringComparison.Ordinal));

        // Assert
        Assert.Equal("Қайталама бақылаудан босатылады: соңғы 2 бағалауда С тобында", row[6]);
    }

    [Fact]
    public void ReportEvaluations_PrizeWinnersNotUpOnIV1_OtherDecisionsWithReControlInKyrgyz()
    {
        // Arrange: §3.4, t016 stays C on IV.1 but its prize-winners criterion is 1 at both evaluations.
        var run = school.Run("report", "evaluations", "--json", "--lang", "ky");

        // Act
        var row = Rows(run).Single(r => r[0] == "Оспанова Әсел Арманқызы" && r[2].StartsWith("IV.1", StringComparison.Ordinal));

        // Assert
        Assert.Equal("Сынактардын жыйынтыктарында оң динамика жок: башкаруу чечимдеринин башка топтому менен кайра көзөмөлдөө", row[6]);
        Assert.EndsWith("Кайра көзөмөлдөө", row[5]);
    }

    [Fact]
    public void ReportSummativeLimit_SampleTeachingHours_LimitTwoForOneHourAWeekInRussian()
    {
        // Arrange: seed 001 R31, at most 2 unit summatives a quarter for 1 hour a week (world history in the
        // sample's teaching.csv), otherwise 3 (mathematics, 4 hours).
        var run = school.Run("report", "summative-limit", "--quarter", "1", "--json", "--lang", "ru");

        // Act
        var rows = Rows(run);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.All(rows.Where(r => r[1] == "Всемирная история"), r => Assert.Equal(("1", "2"), (r[3], r[5])));
        Assert.All(rows.Where(r => r[1] == "Математика"), r => Assert.Equal(("4", "3"), (r[3], r[5])));
        Assert.Contains(rows, r => r[1] == "Всемирная история");
    }

    private static List<List<string>> Rows(IcRun run) =>
        JsonDocument.Parse(run.Out).RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(c => c.GetString() ?? "").ToList())
            .ToList();
}
