using InternalControl.Application.Telemetry;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Reports;

/// <summary>
/// The reports over a school's data: build one by name for one reader, then print it, or write it with
/// <see cref="ReportWriter"/>. Figures are computed from the data alone; no report changes anything.
/// </summary>
public static class SchoolReports
{
    private static readonly Dictionary<string, Func<ReportScope, ReportTable>> Builders = new(StringComparer.Ordinal)
    {
        [QualityReport.Name] = QualityReport.Build,
        [LowAchieverReport.Name] = LowAchieverReport.Build,
        [CriteriaMarkReport.Name] = CriteriaMarkReport.Build,
        [SummativeLimitReport.Name] = SummativeLimitReport.Build,
        [District.AttendanceReport.Name] = District.AttendanceReport.Build,
        [District.QuarterSummaryReport.Name] = District.QuarterSummaryReport.Build,
        [District.QuarterChangeReport.Name] = District.QuarterChangeReport.Build,
    };

    // Reports that need no calendar: they are built from the data alone.
    private static readonly Dictionary<string, Func<SchoolData, ReportOptions, Localizer, ReportTable>> Plain = new(StringComparer.Ordinal)
    {
        [EvaluationReport.Name] = EvaluationReport.Build,
    };

    /// <summary>The Kazakh evaluation-sheet report, the one that reads the school's policy (<see cref="ReportOptions.WithPolicy"/>).</summary>
    public const string Evaluations = EvaluationReport.Name;

    /// <summary>The Kazakh criteria-based quarter marks (seed 001 R29-R35), with the weights of the school's policy.</summary>
    public const string CriteriaMarks = CriteriaMarkReport.Name;

    /// <summary>The report names, as the command line spells them: quality, low-achievers, criteria-marks, summative-limit, attendance, quarter-summary, quarter-changes, evaluations.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Builders.Keys, .. Plain.Keys];

    /// <summary>The resource key of a report's title (it takes the quarter as {0}).</summary>
    public static string TitleKey(string name) => name switch
    {
        QualityReport.Name => "Reports.Quality.Title",
        LowAchieverReport.Name => "Reports.LowAchievers.Title",
        CriteriaMarkReport.Name => "Reports.CriteriaMarks.Title",
        SummativeLimitReport.Name => "Reports.SummativeLimit.Title",
        EvaluationReport.Name => "Reports.Evaluations.Title",
        District.AttendanceReport.Name => "Reports.Attendance.Title",
        District.QuarterSummaryReport.Name => "Reports.QuarterSummary.Title",
        District.QuarterChangeReport.Name => "Reports.QuarterChanges.Title",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a report name; see Reports.Names."),
    };

    /// <summary>
    /// Builds the report <paramref name="name"/> (one of <see cref="Names"/>) for a reader of <paramref name="localizer"/>.
    /// When no calendar covers the school's year, the table is empty and its note says why.
    /// </summary>
    public static ReportTable Build(string name, SchoolData data, ReportOptions options, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(localizer);
        using var activity = IcTelemetry.Source.StartActivity("ic.report.table");
        activity?.SetTag("ic.report", name);
        var table = BuildTable(name, data, options, localizer);
        activity?.SetTag("ic.rows", table.Rows.Count);
        return table;
    }

    private static ReportTable BuildTable(string name, SchoolData data, ReportOptions options, Localizer localizer)
    {
        if (Plain.TryGetValue(name, out var plain))
        {
            return plain(data, options, localizer);
        }

        if (!Builders.TryGetValue(name, out var build))
        {
            throw new ArgumentOutOfRangeException(nameof(name), name, "Not a report name; see Reports.Names.");
        }

        var scope = ReportScope.Create(data, options, localizer);
        if (scope is null)
        {
            return new ReportTable(
                name,
                localizer.Get(TitleKey(name), options.Quarter),
                [],
                [],
                [localizer.Get("Reports.Note.NoCalendar", data.School.Country.Code(), data.School.Year)]);
        }

        return build(scope);
    }
}
