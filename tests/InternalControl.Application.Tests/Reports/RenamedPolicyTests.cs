using System.Text.RegularExpressions;
using InternalControl.Application.Reports;
using InternalControl.Kernel.Policies;
using InternalControl.Localization;
using InternalControl.Testing.Policies;

namespace InternalControl.Application.Tests.Reports;

/// <summary>
/// The reports over the case journal (No. 97 5.9, 5.10, 9.3) find the workflow, its steps and its ends by the
/// policy's report tags, not by their names: a school overlay that renames them keeps the reports filled with the
/// same rows.
/// </summary>
public sealed partial class RenamedPolicyTests
{
    private static readonly Dictionary<string, string> Renamed = new()
    {
        ["individual_work"] = "жеке_иш",
        ["report_5_10"] = "отчет_5_10",
        ["find_cause"] = "себеп_табуу",
        ["route"] = "багыттоо",
        ["diary_notice"] = "күндөлүккө_жазуу",
        ["preventive_work"] = "алдын_алуу",
        ["administration"] = "администрация",
        ["closed_improved"] = "жакшырды_жабылды",
        ["call_parent"] = "чакыруу",
        ["no_change"] = "өзгөрүү_жок",
        ["improved"] = "жакшырды",
        ["commission"] = "комиссия",
    };

    [Theory]
    [InlineData("report-5-9")]
    [InlineData("report-5-10")]
    [InlineData("yearly-summary")]
    public void Report_OverlayThatRenamesTheWorkflowItsStepsAndEnds_HasTheSameRows(string report)
    {
        // Arrange: the same three cases in the shipped policy and under an overlay that renames everything:
        // 6.2 a diary notice after one absence, 8.6 the commission, 5.10 "improved".
        using var shipped = new CaseSchool();
        Walk(shipped, step => step);
        using var renamed = new CaseSchool(Overlay());
        Walk(renamed, step => Renamed.GetValueOrDefault(step, step));

        // Act
        var expected = Rows(shipped.Report(report, Language.En));
        var actual = Rows(renamed.Report(report, Language.En));

        // Assert
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void YearlySummary_OverlayThatRenamesTheEnds_CountsTheCommissionAndTheDiaryNotice()
    {
        // Arrange
        using var renamed = new CaseSchool(Overlay());
        Walk(renamed, step => Renamed.GetValueOrDefault(step, step));

        // Act
        var table = renamed.Report("yearly-summary", Language.En);

        // Assert: 8.6 and 6.2 rows count the renamed ends and steps in quarter 2.
        var quarter2 = table.ColumnIndex("Reports.Yearly.Quarter2");
        int Count(string label) => (int)table.Rows.Single(r => r[0].Text == label)[quarter2].Number!.Value;
        Assert.Equal((1, 1, 1), (Count("Materials sent to the commission (8.6); the pupil stays under follow-up"), Count("Closed: level improved"), Count("Absences (6.2): entry in the diary, parent informed")));
    }

    private static void Walk(CaseSchool school, Func<string, string> name)
    {
        var ids = school.Session.Runtime.Tasks().Where(t => t.Step == name("individual_work")).Select(t => t.CaseId).Distinct().Take(3).ToList();
        school.Complete(ids[0], name("individual_work"), name("no_change"), ("problems", "дроби"));
        school.Complete(ids[0], name("report_5_10"), "filed", ("class_teacher_informed", "2026-11-25"), ("parent_informed", "2026-11-26"));
        school.Complete(ids[0], name("find_cause"), "found", ("cause", "absence"));
        school.Complete(ids[1], name("individual_work"), name("no_change"));
        school.Complete(ids[1], name("report_5_10"), "filed", ("class_teacher_informed", "2026-11-25"), ("parent_informed", "2026-11-26"));
        school.Complete(ids[1], name("find_cause"), "found", ("cause", "unwillingness"));
        school.Complete(ids[1], name("call_parent"), "call_again", ("call_date", "2026-11-26"), ("channel", "phone"), ("parent_came", "no"));
        school.Complete(ids[1], name("call_parent"), "call_again", ("call_date", "2026-11-26"), ("channel", "phone"), ("parent_came", "no"));
        school.Complete(ids[1], name("call_parent"), "parent_refuses", ("call_date", "2026-11-26"), ("channel", "phone"), ("parent_came", "no"));
        school.Complete(ids[1], name("administration"), name("commission"), ("decision", "—"));
        school.Complete(ids[1], name("commission"), "materials_sent", ("materials", "parent_calls"), ("sent_date", "2026-11-26"));
        school.Complete(ids[2], name("individual_work"), name("improved"), ("questioning", "оозеки"));
    }

    /// <summary>
    /// A school overlay that switches the shipped 5.7 rule off and starts its own copy of the low-achiever workflow,
    /// with another name and every step, outcome and end of the walk renamed; the report tags stay.
    /// </summary>
    private static PolicySource Overlay()
    {
        var shipped = PolicyText.Shipped("kg").Single().Text;
        var workflow = WorkflowBlock().Match(shipped).Value.Replace("\"low-achiever\"", "\"артта-калуучу\"", StringComparison.Ordinal);
        foreach (var (from, to) in Renamed)
        {
            // Names only: a report tag after `report` keeps its fixed spelling.
            workflow = Regex.Replace(workflow, $@"(?<!report )\b{from}\b", to);
        }

        var rule = RuleBlock().Match(shipped).Value
            .Replace("rule \"5.7 three or more 2s in one subject\"", "rule \"5.7 the school's own copy\"", StringComparison.Ordinal)
            .Replace("start \"low-achiever\"", "start \"артта-калуучу\"", StringComparison.Ordinal);
        var text = $"""
            policy "school-renamed" country kg version 1 extends "kg-school-97-low-achievers"

            disable "5.7 three or more 2s in one subject"

            {rule}

            {workflow}
            """;
        return new PolicySource("renamed.icp", text);
    }

    private static List<string> Rows(ReportTable table) =>
        [.. table.Rows.Select(r => string.Join(" | ", r.Select(c => c.Format(System.Globalization.CultureInfo.InvariantCulture))))];

    [GeneratedRegex(@"^workflow ""low-achiever"".*?^end$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex WorkflowBlock();

    [GeneratedRegex(@"^rule ""5\.7 three or more 2s in one subject"".*?^end$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex RuleBlock();
}
