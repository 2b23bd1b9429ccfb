using System.Globalization;
using InternalControl.Application.Control;
using InternalControl.Application.Dashboards;
using InternalControl.Workflows;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>The heads' dashboard (deputy director, director): cases by workflow and step, overdue tasks by person, and per class figures. For everyone else the page does not exist.</summary>
public sealed class DashboardModel : SchoolPage
{
    public SchoolDashboard? Board { get; private set; }

    /// <summary>The decision matrix's panel, for a school whose policy has one.</summary>
    public MatrixPanel? Matrix { get; private set; }

    public IActionResult OnGet()
    {
        if (!ManagesAccess)
        {
            return Missing();
        }

        Title = T("Web.Dashboard.Title");
        Board = SchoolDashboard.Build(Web.Session, Texts);
        Matrix = MatrixPanel.Build(Web.Session, Web.Access);
        return Page();
    }

    public string Workflow(string workflow) => WorkflowText.Workflow(workflow).Render(Texts.Language);

    public string Step(string workflow, string step) => WorkflowText.Step(workflow, step).Render(Texts.Language);

    public string Person(string id) => Web.Session.Data.StaffName(id)!;

    public string Percent(double? value) => value is { } v ? v.ToString("0.0", Texts.Culture) : "—";

    public static string CasesHref(string workflow, string step) =>
        "/cases?workflow=" + Uri.EscapeDataString(workflow) + "&step=" + Uri.EscapeDataString(step);

    public static string OverdueHref(string staffId) => "/dashboard/overdue?person=" + Uri.EscapeDataString(staffId);

    public static string MatrixHref(string sheet, EvaluationGroup group) =>
        "/dashboard/matrix?sheet=" + Uri.EscapeDataString(sheet) + "&group=" + group;

    /// <summary>
    /// The quality report of a class for this quarter (<paramref name="quarters"/> 0) or the one before (-1): the pupils
    /// behind a class's knowledge quality and success rate.
    /// </summary>
    public string QualityHref(string classId, int quarters)
    {
        var href = "/reports/quality?class=" + Uri.EscapeDataString(classId);
        return Board?.Quarter is { } quarter && quarter + quarters >= 1
            ? href + "&quarter=" + (quarter + quarters).ToString(CultureInfo.InvariantCulture)
            : href;
    }

    /// <summary>A chart's number (invariant culture, for the chart script), or empty when there is none.</summary>
    public static string Value(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
