using InternalControl.Application.Cases;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Reports;

/// <summary>
/// The reports regulation No. 97 asks of the people working with low achievers, as views over the case journal
/// and the school's data: the subject teacher's 5.9 and 5.10 reports and the administration's yearly analytical
/// report (9.3). Build one by name for one reader, then print it, or write it with <see cref="ReportWriter"/>.
/// </summary>
public static class CaseReports
{
    private static readonly Dictionary<string, Func<CaseReportScope, ReportTable>> Builders = new(StringComparer.Ordinal)
    {
        [LowAchieverWorkReport.Name] = LowAchieverWorkReport.Build,
        [NoChangeReport.Name] = NoChangeReport.Build,
        [YearlySummaryReport.Name] = YearlySummaryReport.Build,
    };

    /// <summary>The report names, as the command line spells them: report-5-9, report-5-10, yearly-summary.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Builders.Keys];

    /// <summary>Builds the report <paramref name="name"/> (one of <see cref="Names"/>) for a reader of <paramref name="texts"/>.</summary>
    public static ReportTable Build(string name, SchoolSession session, CaseReportOptions options, Localizer texts)
    {
        if (!Builders.TryGetValue(name, out var build))
        {
            throw new ArgumentOutOfRangeException(nameof(name), name, "Not a case report name; see CaseReports.Names.");
        }

        return build(new CaseReportScope(session, options, texts));
    }
}
