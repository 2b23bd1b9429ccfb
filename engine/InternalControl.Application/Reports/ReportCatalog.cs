using InternalControl.Application.Telemetry;
using InternalControl.Application.Cases;
using InternalControl.Application.Policies;
using InternalControl.Localization;

namespace InternalControl.Application.Reports;

/// <summary>
/// Every report the product builds, by the name the command line and the web pages use: the school reports
/// (<see cref="SchoolReports"/>), the 6.5 registers and the monthly report (<see cref="RegisterReports"/>) and the
/// reports over cases (<see cref="CaseReports"/>). Each says which filters it takes and whether it is a document a
/// school hands in (DOCX).
/// </summary>
public static class ReportCatalog
{
    /// <summary>Every report name, in the order a reader meets them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. SchoolReports.Names, .. CaseReports.Names, .. RegisterReports.Names, TeacherFindingsReport.Name];

    /// <summary>
    /// The documents a school hands in, written as DOCX too: No. 97's 5.9 and 5.10 reports, the yearly analytical
    /// report (9.3), the class teacher's monthly report (6.5), and the district's attendance, quarter summary and
    /// quarter-to-quarter changes.
    /// </summary>
    public static IReadOnlyList<string> Documents { get; } =
        [LowAchieverWorkReport.Name, NoChangeReport.Name, YearlySummaryReport.Name, RegisterReports.Monthly,
            District.AttendanceReport.Name, District.QuarterSummaryReport.Name, District.QuarterChangeReport.Name];

    /// <summary>Whether <paramref name="name"/> is a report.</summary>
    public static bool Exists(string? name) => name is not null && Names.Contains(name, StringComparer.Ordinal);

    /// <summary>Whether the report is written in <paramref name="format"/>: CSV and XLSX always, DOCX for the <see cref="Documents"/>.</summary>
    public static bool Writes(string name, ReportFormat format) => format != ReportFormat.Docx || Documents.Contains(name, StringComparer.Ordinal);

    /// <summary>The filters report <paramref name="name"/> takes.</summary>
    public static ReportFilters Filters(string name) => name switch
    {
        SchoolReports.Evaluations => ReportFilters.Quarter,
        YearlySummaryReport.Name => ReportFilters.Class,
        _ when SchoolReports.Names.Contains(name) => ReportFilters.Class | ReportFilters.Quarter,
        _ when CaseReports.Names.Contains(name) => ReportFilters.Class | ReportFilters.Quarter,
        _ when RegisterReports.Names.Contains(name) => ReportFilters.Month,
        TeacherFindingsReport.Name => ReportFilters.None,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a report name; see ReportCatalog.Names."),
    };

    /// <summary>The resource key of a report's name as a reader sees it in a list (the reports page).</summary>
    public static string NameKey(string name) => "Reports.Name." + name;

    /// <summary>
    /// Builds the report for a reader of <paramref name="texts"/> over an open school session, as of the workspace's
    /// today. The caller checks the quarter (1-4) and the class (that it exists and may be seen).
    /// </summary>
    public static ReportTable Build(ReportRequest request, SchoolSession session, Localizer texts)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(texts);
        using var activity = IcTelemetry.Source.StartActivity("ic.report");
        activity?.SetTag("ic.report", request.Name);
        var table = BuildCore(request, session, texts);
        activity?.SetTag("ic.rows", table.Rows.Count);
        IcTelemetry.Logger.Reported(request.Name, session.Workspace.School.Id, table.Rows.Count);
        return table;
    }

    private static ReportTable BuildCore(ReportRequest request, SchoolSession session, Localizer texts)
    {
        var filters = Filters(request.Name);
        var classId = filters.HasFlag(ReportFilters.Class) ? request.ClassId : null;
        var today = session.Workspace.Today;
        var calendar = session.Workspace.Calendar;
        if (request.Quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Quarter, "A quarter is 1-4.");
        }

        if (CaseReports.Names.Contains(request.Name))
        {
            // 5.9, 5.10 and 9.3 read the case journal; the year is the school's, as of today.
            var options = new CaseReportOptions(calendar, today) { Quarter = request.Quarter, ClassId = classId };
            return CaseReports.Build(request.Name, session, options, texts);
        }

        if (request.Name == TeacherFindingsReport.Name)
        {
            return TeacherFindingsReport.Build(session.Runtime, session.Registers, session.Data, texts);
        }

        if (RegisterReports.Names.Contains(request.Name))
        {
            var month = request.Month ?? today;
            return request.Name == RegisterReports.Monthly
                ? RegisterReports.MonthlyReport(session.Registers, session.Data, month.Year, month.Month, texts, PolicyParameters.Int(session.Policy, RegisterReports.DueDayParameter, RegisterReports.DefaultDueDay))
                : RegisterReports.Register(request.Name, session.Registers, session.Data, month.Year, month.Month, texts);
        }

        var quarter = request.Quarter ?? calendar.QuarterOf(today)?.Number ?? 1;
        var reportOptions = new ReportOptions(quarter) { Calendar = calendar, ClassId = classId };
        if (request.Name is SchoolReports.Evaluations or SchoolReports.CriteriaMarks or LowAchieverReport.Name
            or District.AttendanceReport.Name or District.QuarterSummaryReport.Name or District.QuarterChangeReport.Name)
        {
            // These reports apply the school's policy: its decision matrix, its exemption parameter, the quarter
            // mark's weights (seed 001 R33), the low-achiever list's reserve groups (seed 000 §5.1, R41) and the days a
            // parent's note excuses (No. 97 6.2 A).
            reportOptions = reportOptions.WithPolicy(session.Policy);
        }

        return SchoolReports.Build(request.Name, session.Data, reportOptions, texts);
    }
}
