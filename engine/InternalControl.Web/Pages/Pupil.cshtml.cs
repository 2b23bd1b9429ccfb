using System.Globalization;
using InternalControl.Kernel.Schools;
using InternalControl.Workflows;
using InternalControl.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>A pupil: this quarter's marks by subject (a subject teacher sees only theirs), absences with excuses, cases.</summary>
public sealed class PupilModel : SchoolPage
{
    public Pupil? Item { get; private set; }

    public IReadOnlyList<(string Subject, IReadOnlyList<Mark> Marks)> Marks { get; private set; } = [];

    public IReadOnlyList<Absence> Absences { get; private set; } = [];

    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public int? Quarter { get; private set; }

    /// <summary>Why the rules fired for this pupil (as `ic explain`), in words, cut to what the reader may see.</summary>
    public IReadOnlyList<string> Explanation { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        var data = Web.Session.Data;
        if (Web.Access.VisiblePupil(id) is not { } pupil)
        {
            return Missing();
        }

        Item = pupil;
        Title = pupil.FullName;
        var calendar = Web.Session.Workspace.Calendar;
        var quarter = calendar.QuarterOf(Web.Today);
        Quarter = quarter?.Number;
        var language = Texts.Language;
        Marks = data.Marks.Where(m => m.PupilId == pupil.Id && (quarter is null || quarter.Contains(m.Date)) && Web.Access.CanSeeSubject(pupil.Id, m.SubjectId))
            .GroupBy(m => m.SubjectId)
            .Select(g => (data.SubjectName(g.Key, language) ?? g.Key, (IReadOnlyList<Mark>)g.OrderBy(m => m.Date).ToList()))
            .OrderBy(g => g.Item1, StringComparer.CurrentCulture)
            .ToList();
        Absences = data.Absences.Where(a => a.PupilId == pupil.Id && (quarter is null || quarter.Contains(a.Date))).OrderByDescending(a => a.Date).ToList();
        Cases = Web.Session.Runtime.Cases().Where(c => c.PupilId == pupil.Id && Web.Access.CanSeeCase(c)).ToList();
        Explanation = InternalControl.Application.Access.PupilExplanation.For(Web.Host.Live, Web.Access, pupil.Id, language);
        Web.Audit("pupil.viewed", pupil.Id);
        return Page();
    }

    public string Excuse(AbsenceExcuse excuse) => T("Excuse." + excuse.ToString());

    public string CaseLabel(CaseSummary summary) => WorkflowText.Workflow(summary.Workflow).Render(Texts.Language);

    public string CaseState(CaseSummary summary) => summary.IsOpen
        ? string.Join(", ", summary.CurrentSteps.Select(s => WorkflowText.Step(summary.Workflow, s).Render(Texts.Language)))
        : T("Web.Case.Closed", WorkflowText.Outcome(summary.Result ?? "").Render(Texts.Language));

    public string Number(int value) => value.ToString(CultureInfo.CurrentCulture);
}
