using System.Globalization;
using InternalControl.Application.Dashboards;
using InternalControl.Workflows;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>The heads' dashboard (deputy director, director): cases by workflow and step, overdue tasks by person, and per class figures. For everyone else the page does not exist.</summary>
public sealed class DashboardModel : SchoolPage
{
    public SchoolDashboard? Board { get; private set; }

    public IActionResult OnGet()
    {
        if (!ManagesAccess)
        {
            return Missing();
        }

        Title = T("Web.Dashboard.Title");
        Board = SchoolDashboard.Build(Web.Session, Texts);
        return Page();
    }

    public string Workflow(string workflow) => WorkflowText.Workflow(workflow).Render(Texts.Language);

    public string Step(string workflow, string step) => WorkflowText.Step(workflow, step).Render(Texts.Language);

    public string Person(string id) => Web.Session.Data.Staff.FirstOrDefault(s => s.Id == id)?.FullName ?? id;

    public string Percent(double? value) => value is { } v ? v.ToString("0.0", Texts.Culture) : "—";

    public static string CasesHref(string workflow, string step) =>
        "/cases?workflow=" + Uri.EscapeDataString(workflow) + "&step=" + Uri.EscapeDataString(step);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
