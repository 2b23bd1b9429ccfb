using InternalControl.Application.Cases;
using InternalControl.Workflows;
using InternalControl.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>The open cases at one step of one workflow: the list behind a number of the heads' dashboard. For everyone else the page does not exist.</summary>
public sealed class CasesModel : SchoolPage
{
    public IReadOnlyList<CaseSummary> Items { get; private set; } = [];

    public IActionResult OnGet(string? workflow, string? step)
    {
        if (!ManagesAccess || string.IsNullOrEmpty(workflow) || string.IsNullOrEmpty(step))
        {
            return Missing();
        }

        Title = WorkflowText.Workflow(workflow).Render(Texts.Language) + " · " + WorkflowText.Step(workflow, step).Render(Texts.Language);
        Items = [.. Web.Session.Runtime.Cases(openOnly: true).Where(c => c.Workflow == workflow && c.CurrentSteps.Contains(step) && Web.Access.CanSeeCase(c))];
        return Page();
    }

    public string Pupil(CaseSummary summary) =>
        summary.PupilId is { } id ? Web.Access.VisiblePupil(id)?.FullName ?? ""
        : CaseObjects.Describe(summary, Web.Session.Runtime, Web.Session.Data, Texts) ?? "";

    public string Started(CaseSummary summary) => Texts.Date(DateOnly.FromDateTime(summary.StartedAt.UtcDateTime));
}
