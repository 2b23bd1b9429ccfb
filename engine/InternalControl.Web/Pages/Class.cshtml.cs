using InternalControl.Kernel.Schools;
using InternalControl.Workflows;
using InternalControl.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>A class (its class teacher, the school's heads): pupils with open cases, and this quarter's absences.</summary>
public sealed class ClassModel : SchoolPage
{
    public ClassGroup? Item { get; private set; }

    public IReadOnlyList<(Pupil Pupil, IReadOnlyList<CaseSummary> Cases, int Absent, int Unexcused)> Pupils { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        var data = Web.Session.Data;
        var group = data.FindClass(id);
        if (group is null || !Web.Access.CanSeeClass(group.Id))
        {
            return Missing();
        }

        Item = group;
        Title = group.Name;
        var quarter = Web.Session.Workspace.Calendar.QuarterOf(Web.Today);
        var cases = Web.Session.Runtime.Cases(openOnly: true).Where(c => c.PupilId is not null).ToLookup(c => c.PupilId!);
        var absences = data.Absences.Where(a => quarter is null || quarter.Contains(a.Date)).ToLookup(a => a.PupilId);
        // Pupils at risk first: those with open cases, then the most unexcused lessons.
        Pupils = data.Pupils.Where(p => p.ClassId == group.Id)
            .Select(p => (p, (IReadOnlyList<CaseSummary>)cases[p.Id].ToList(), absences[p.Id].Sum(a => a.Lessons), absences[p.Id].Where(a => a.Excuse == AbsenceExcuse.None).Sum(a => a.Lessons)))
            .OrderByDescending(r => r.Item2.Count).ThenByDescending(r => r.Item4).ThenBy(r => r.p.FullName, StringComparer.CurrentCulture)
            .ToList();
        Web.Audit("class.viewed", group.Id);
        return Page();
    }

    public string CaseLabel(CaseSummary summary) => WorkflowText.Workflow(summary.Workflow).Render(Texts.Language);
}
