using InternalControl.Application.Control;
using InternalControl.Application.Dashboards;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>The objects in one group on one evaluation sheet: the list behind a number of the dashboard's decision matrix. For anyone but the school's heads, and for a school without a matrix, the page does not exist.</summary>
public sealed class DashboardMatrixModel : SchoolPage
{
    public IReadOnlyList<SheetEvaluation> Items { get; private set; } = [];

    public IActionResult OnGet(string? sheet, string? group)
    {
        if (MatrixPanel.Build(Web.Session, Web.Access) is not { } panel
            || !Enum.TryParse<EvaluationGroup>(group, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed)
            || panel.Sheets.FirstOrDefault(s => string.Equals(s.Sheet, sheet, StringComparison.OrdinalIgnoreCase)) is not { } found)
        {
            return Missing();
        }

        Title = T("Web.Dashboard.Matrix.Objects", found.Sheet + " " + T(found.Title), T("Group." + parsed));
        Items = panel.Objects(found.Sheet, parsed);
        return Page();
    }

    /// <summary>A staff object's name; any other object (a class, a document set) by its id.</summary>
    public string Name(string objectId) => Web.Session.Data.StaffName(objectId)!;

    public string Decision(SheetEvaluation evaluation) => evaluation.Decision?.Describe(Texts) ?? T("Matrix.NoDecision");
}
