using InternalControl.Application.Dashboards;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>The re-controls due this month: the list behind the dashboard's number. For anyone but the school's heads, and for a school without a decision matrix, the page does not exist.</summary>
public sealed class DashboardRecontrolsModel : SchoolPage
{
    public IReadOnlyList<MatrixRecontrol> Items { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (MatrixPanel.Build(Web.Session, Web.Access) is not { } panel)
        {
            return Missing();
        }

        Title = T("Web.Dashboard.Recontrols");
        Items = panel.RecontrolsDue;
        return Page();
    }

    /// <summary>A staff object's name; any other object by its id.</summary>
    public string Name(string objectId) => Web.Session.Data.StaffName(objectId)!;

    /// <summary>The sheet's code and title in the reader's language.</summary>
    public string Sheet(string sheet) =>
        InternalControl.Application.Control.DecisionMatrix.From(Web.Session.Policy)?.Find(sheet) is { } found ? found.Id + " " + T(found.Title) : sheet;
}
