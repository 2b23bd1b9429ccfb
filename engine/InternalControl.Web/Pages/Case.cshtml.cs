using InternalControl.Application.Cases;
using InternalControl.Workflows;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Diagrams;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>A case: where it stands, its next deadline and its timeline from the journal.</summary>
public sealed class CaseModel : SchoolPage
{
    public CaseSummary? Item { get; private set; }

    public IReadOnlyList<string> Timeline { get; private set; } = [];

    public IReadOnlyList<WorkflowTask> OpenTasks { get; private set; } = [];

    public string Pupil { get; private set; } = "";

    /// <summary>What a case about no pupil is about (a teacher and the finding), or empty.</summary>
    public string About { get; private set; } = "";

    public DateOnly? NextDeadline { get; private set; }

    /// <summary>The case's workflow as it runs (the version the case started on), or null when it is no longer known.</summary>
    public WorkflowDefinition? Definition { get; private set; }

    /// <summary>The workflow drawn as an SVG with the case's steps marked (decorative; <see cref="Steps"/> says the same in words).</summary>
    public string Diagram => Definition is null ? "" : SvgDiagram.Render(Definition, Texts.Language, Item!.IsOpen ? Item.CurrentSteps : []);

    /// <summary>The workflow's steps in order, each in the reader's words, the ones the case stands at said so.</summary>
    public IReadOnlyList<string> Steps => Definition is null ? [] : [.. Definition.Steps.Select(s => Item!.IsOpen && Item.CurrentSteps.Contains(s.Id)
        ? T("Web.Case.StepHere", StepLabel(s.Id))
        : StepLabel(s.Id))];

    public IActionResult OnGet(long id)
    {
        var runtime = Web.Session.Runtime;
        var summary = runtime.Case(id);
        if (summary is null || !Web.Access.CanSeeCase(summary))
        {
            return Missing();
        }

        Item = summary;
        Title = WorkflowText.Workflow(summary.Workflow).Render(Texts.Language);
        Pupil = summary.PupilId is { } pupil ? Web.Access.VisiblePupil(pupil)?.FullName ?? "" : "";
        // A finding about a teacher: the teacher's name and the finding's title, never the case's key.
        About = summary.PupilId is null ? CaseObjects.Describe(summary, runtime, Web.Session.Data, Texts) ?? "" : "";
        Timeline = runtime.History(id, Texts.Language);
        OpenTasks = runtime.Tasks(new TaskQuery(CaseId: id));
        NextDeadline = OpenTasks.Where(t => t.Due is not null).Select(t => t.Due).Min();
        Definition = runtime.Definitions.Find(summary.Workflow, summary.Version) ?? runtime.Definitions.Latest(summary.Workflow);
        Web.Audit("case.viewed", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Page();
    }

    public string StepLabel(string step) => WorkflowText.Step(Item!.Workflow, step).Render(Texts.Language);

    public string ResultLabel(string outcome) => WorkflowText.Outcome(outcome).Render(Texts.Language);
}
