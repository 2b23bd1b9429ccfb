using System.Globalization;
using InternalControl.Application.Reports;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// One report as a page, with the same columns as `ic report` in the reader's language, filters by class, quarter and
/// month where the report takes them (ids and numbers only in the address, never a name), and downloads as CSV, XLSX
/// and, for the documents a school hands in, DOCX. Who may read it, and for which class, Application decides.
/// </summary>
public sealed class ReportModel : SchoolPage
{
    public string Name { get; private set; } = "";

    public ReportTable? Table { get; private set; }

    public ReportFilters Filters { get; private set; }

    /// <summary>The report shown: what was asked, as Application narrowed it for this person.</summary>
    public ReportRequest? Shown { get; private set; }

    /// <summary>The classes the class filter offers: every class for the school's heads, a class teacher's own.</summary>
    public IReadOnlyList<ClassGroup> Classes { get; private set; } = [];

    /// <summary>The months of the school year (first days), for the month filter.</summary>
    public IReadOnlyList<DateOnly> Months { get; private set; } = [];

    /// <summary>Whether "the whole year" is a choice of the quarter filter (the reports over cases).</summary>
    public bool WholeYear { get; private set; }

    /// <summary>The quarter shown (the one asked for, or today's for the reports that need one).</summary>
    public int? Quarter { get; private set; }

    public DateOnly Month { get; private set; }

    public IActionResult OnGet(string name, [FromQuery(Name = "class")] string? classId, int? quarter, string? month, string? format)
    {
        if (!ReportCatalog.Exists(name) || quarter is < 1 or > 4)
        {
            return Missing();
        }

        DateOnly? monthDay = null;
        if (!string.IsNullOrEmpty(month))
        {
            if (!IsoMonth.TryParse(month, out var first))
            {
                return Missing();
            }

            monthDay = first;
        }

        ReportFormat? file = format switch
        {
            null or "" => null,
            "csv" => ReportFormat.Csv,
            "xlsx" => ReportFormat.Xlsx,
            "docx" => ReportFormat.Docx,
            _ => (ReportFormat?)(-1),
        };
        if (file is { } f && (!Enum.IsDefined(f) || !ReportCatalog.Writes(name, f)))
        {
            return Missing();
        }

        var session = Web.Session;
        var calendar = session.Workspace.Calendar;
        Filters = ReportCatalog.Filters(name);
        WholeYear = CaseReports.Names.Contains(name);
        var asked = new ReportRequest(name)
        {
            ClassId = Filters.HasFlag(ReportFilters.Class) && !string.IsNullOrEmpty(classId) ? classId : null,
            Quarter = Filters.HasFlag(ReportFilters.Quarter) ? quarter ?? (WholeYear ? null : calendar.QuarterOf(Web.Today)?.Number ?? 1) : null,
            Month = Filters.HasFlag(ReportFilters.Month) ? monthDay : null,
        };
        if (asked.ClassId is { } id && session.Data.Classes.All(c => c.Id != id))
        {
            return Missing();
        }

        // Application decides: the heads read the school; a class teacher their own class; anyone else nothing.
        Shown = Web.Access.Report(asked);
        if (Shown is null)
        {
            return Missing();
        }

        Name = name;
        Quarter = Shown.Quarter;
        Month = Shown.Month ?? new DateOnly(Web.Today.Year, Web.Today.Month, 1);
        Table = ReportCatalog.Build(Shown, session, Texts);
        if (file is { } download)
        {
            Web.Audit("report.downloaded", name);
            using var stream = new MemoryStream();
            ReportWriter.Write(Table, download, new ReportHeader(session.Workspace.School.Name, Web.Today), stream, Texts);
            return File(stream.ToArray(), ReportWriter.ContentType(download), name + "." + format);
        }

        Web.Audit("report.viewed", name);
        Title = T(ReportCatalog.NameKey(name));
        var visible = Web.Access.WholeSchool ? session.Data.Classes : session.Data.Classes.Where(c => Web.Access.CanSeeClass(c.Id));
        Classes = [.. visible.OrderBy(c => c.GradeLevel).ThenBy(c => c.Name, StringComparer.Ordinal)];
        var months = new List<DateOnly>();
        for (var day = new DateOnly(calendar.Start.Year, calendar.Start.Month, 1); day <= calendar.End; day = day.AddMonths(1))
        {
            months.Add(day);
        }

        Months = months;
        return Page();
    }

    public string MonthName(DateOnly month) => Texts.Culture.DateTimeFormat.GetMonthName(month.Month) + " " + month.Year.ToString(CultureInfo.InvariantCulture);

    public static string MonthValue(DateOnly month) => IsoMonth.Text(month);

    /// <summary>This page's address with the filters shown, and a format when given: what the download links point to.</summary>
    public string Href(string? format)
    {
        var query = new List<string>();
        if (Shown?.ClassId is { } id)
        {
            query.Add("class=" + Uri.EscapeDataString(id));
        }

        if (Filters.HasFlag(ReportFilters.Quarter) && Quarter is { } q)
        {
            query.Add("quarter=" + q.ToString(CultureInfo.InvariantCulture));
        }

        if (Filters.HasFlag(ReportFilters.Month))
        {
            query.Add("month=" + MonthValue(Month));
        }

        if (format is not null)
        {
            query.Add("format=" + format);
        }

        return "/reports/" + Name + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    public bool HasDocx => ReportCatalog.Writes(Name, ReportFormat.Docx);

    public static bool IsNumber(ReportCell cell) => cell.Kind is ReportCellKind.Integer or ReportCellKind.Decimal or ReportCellKind.Percent;
}
