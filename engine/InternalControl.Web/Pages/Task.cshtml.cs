using System.Globalization;
using InternalControl.Application.Cases;
using InternalControl.Application.Control;
using InternalControl.Workflows;
using InternalControl.Workflows.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// A task's form: the step's typed fields and its outcomes in the reader's language. A wrong value is refused with
/// the localized message beside its field and nothing changes; a task already completed says so. A re-scoring task
/// (seed 000 §3.4) asks for the sheet's criterion scores instead, and the group follows from them (Rescore).
/// </summary>
public sealed class TaskModel : SchoolPage
{
    public WorkflowTask? Item { get; private set; }

    public string Pupil { get; private set; } = "";

    public string? Error { get; private set; }

    public string? ErrorField { get; private set; }

    public bool CanAct { get; private set; }

    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public string? Outcome { get; private set; }

    public bool CanClaim { get; private set; }

    public bool IsParent => Web.Access.IsParent;

    /// <summary>The evaluation sheet an open re-scoring task asks the criterion scores of; null for other tasks.</summary>
    public MatrixSheet? RescoreSheet { get; private set; }

    /// <summary>Whom this person may hand the task to; empty when they may not.</summary>
    public IReadOnlyList<InternalControl.Kernel.Schools.Staff> Targets { get; private set; } = [];

    /// <summary>The reassign form's values and its refusal, shown beside the reason.</summary>
    public string? ReassignTo { get; private set; }

    public string? Reason { get; private set; }

    public string? ReassignError { get; private set; }

    /// <summary>Who holds the task now, by name: its claimant or its assignee.</summary>
    public string Holder { get; private set; } = "";

    public IActionResult OnGet(long id) => Load(id) ? Page() : Missing();

    public IActionResult OnPost(long id, string? outcome)
    {
        if (!Load(id) || !CanAct)
        {
            return Missing();
        }

        var task = Item!;
        if (RescoreSheet is { } sheet && task.Status == WorkTaskStatus.Open)
        {
            return SubmitScores(task, sheet);
        }

        var fields = task.Fields.Select(f => (f.Name, Value: Request.Form["field." + f.Name].ToString().Trim()))
            .Where(f => f.Value.Length > 0)
            .ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
        Values = fields;
        Outcome = outcome;
        if (task.Status != WorkTaskStatus.Open)
        {
            Error = T("Web.Task.AlreadyDone");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var person = Web.Person!;
        var result = Web.Session.Runtime.Complete(id, outcome ?? "", fields, person.Id);
        if (!result.Ok)
        {
            // A task completed by someone else meanwhile is refused by the runtime too; the reader is told it was done.
            var now = Web.Session.Runtime.Task(id);
            Error = now is not null && now.Status != WorkTaskStatus.Open ? T("Web.Task.AlreadyDone") : result.Message(Texts.Language);
            ErrorField = result.Error is { } refusal ? WorkflowText.FieldOf(refusal.Args) : null;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Web.Audit("task.completed", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Redirect($"/cases/{task.CaseId}");
    }

    /// <summary>Takes the task (as `ic` does with claim): the claimant becomes its assignee. Taken by someone else: 409, nothing changes.</summary>
    public IActionResult OnPostClaim(long id)
    {
        if (!Load(id) || !CanAct || Web.Access.IsParent)
        {
            return Missing();
        }

        if (!CanClaim)
        {
            return Refused(Item!.Status == WorkTaskStatus.Open ? T("Workflows.Error.AlreadyClaimed", id) : T("Web.Task.AlreadyDone"));
        }

        var result = Web.Session.Runtime.Claim(id, Web.Person!.Id);
        if (!result.Ok)
        {
            return Refused(result.Message(Texts.Language) ?? T("Web.Task.AlreadyDone"));
        }

        Web.Audit("task.claimed", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Redirect($"/tasks/{id}");
    }

    /// <summary>Hands the task to another member of staff with a reason (as `ic reassign`); the reason goes to the journal.</summary>
    public IActionResult OnPostReassign(long id, string? to, string? reason)
    {
        if (!Load(id) || !Web.Access.CanReassign(Item!) || to is null || Targets.All(s => s.Id != to))
        {
            // A holder that is not this person's to hand over, or a colleague who is not of this school: as if absent.
            return Missing();
        }

        ReassignTo = to;
        Reason = reason;
        var result = Web.Session.Runtime.Reassign(id, to, reason ?? "", Web.Person!.Id);
        if (!result.Ok)
        {
            ReassignError = result.Message(Texts.Language);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Web.Audit("task.reassigned", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Redirect("/");
    }

    /// <summary>A criterion of the re-scoring sheet, 1-based, by its text where the catalog has it.</summary>
    public string CriterionLabel(MatrixSheet sheet, int criterion)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return criterion <= sheet.Criteria.Count
            ? T("Web.Task.Rescore.CriterionText", criterion, T(sheet.Criteria[criterion - 1]))
            : T("Web.Task.Rescore.Criterion", criterion);
    }

    public string FieldLabel(string field) => WorkflowText.Field(field).Render(Texts.Language);

    public string OutcomeLabel(string outcome) => WorkflowText.Outcome(outcome).Render(Texts.Language);

    public string ChoiceLabel(string option) => WorkflowText.Choice(option).Render(Texts.Language);

    /// <summary>Completes a re-scoring with the criterion scores the form holds; a score missing or out of 0-2 is refused and nothing changes.</summary>
    private IActionResult SubmitScores(WorkflowTask task, MatrixSheet sheet)
    {
        var scores = new Dictionary<int, int>();
        for (var criterion = 1; criterion <= sheet.CriteriaCount; criterion++)
        {
            if (int.TryParse(Request.Form["score." + criterion.ToString(CultureInfo.InvariantCulture)].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var score))
            {
                scores[criterion] = score;
            }
        }

        Values = scores.ToDictionary(s => "score." + s.Key.ToString(CultureInfo.InvariantCulture), s => s.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var result = Rescore.Submit(Web.Session, task.Id, scores, Web.Person!.Id);
        if (!result.Ok)
        {
            var now = Web.Session.Runtime.Task(task.Id);
            Error = now is not null && now.Status != WorkTaskStatus.Open ? T("Web.Task.AlreadyDone") : result.Message(Texts.Language);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Web.Audit("task.completed", task.Id.ToString(CultureInfo.InvariantCulture));
        return Redirect($"/cases/{task.CaseId}");
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refused(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private bool Load(long id)
    {
        var task = Web.Session.Runtime.Task(id);
        if (task is null || !Web.Access.CanSeeTask(task))
        {
            return false;
        }

        Item = task;
        Title = task.Title(Texts.Language);
        CanAct = Web.Access.CanAct(task);
        RescoreSheet = task.Status == WorkTaskStatus.Open ? Rescore.SheetOf(Web.Session, task) : null;
        CanClaim = Web.Access.CanClaim(task);
        Targets = Web.Access.ReassignTargets(task);
        var holder = task.ClaimedBy ?? task.Assignee;
        Holder = Web.Session.Data.FindStaff(holder)?.FullName ?? "";
        Pupil = task.PupilId is { } pupil ? Web.Access.VisiblePupil(pupil)?.FullName ?? ""
            : Web.Session.Runtime.Case(task.CaseId) is { } about ? CaseObjects.Describe(about, Web.Session.Runtime, Web.Session.Data, Texts) ?? "" : "";
        return true;
    }
}
