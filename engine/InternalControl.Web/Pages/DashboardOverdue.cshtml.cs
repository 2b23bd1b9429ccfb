using InternalControl.Application.Dashboards;
using InternalControl.Workflows.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>One person's overdue tasks: the list behind a number of the dashboard's "overdue tasks by person". For anyone but the school's heads the page does not exist.</summary>
public sealed class DashboardOverdueModel : SchoolPage
{
    public IReadOnlyList<WorkflowTask> Items { get; private set; } = [];

    public IActionResult OnGet(string? person)
    {
        if (string.IsNullOrEmpty(person)
            || Web.Session.Data.FindStaff(person) is not { } staff
            || OverdueTasks.Of(Web.Session, Web.Access, person) is not { } tasks)
        {
            return Missing();
        }

        Title = T("Web.Dashboard.Overdue.Of", staff.FullName);
        Items = tasks;
        return Page();
    }

    public string Pupil(WorkflowTask task) =>
        task.PupilId is { } id ? Web.Access.VisiblePupil(id)?.FullName ?? "" : "";
}
