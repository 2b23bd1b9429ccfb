using InternalControl.Workflows;
using InternalControl.Workflows.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// A task's form: the step's typed fields and its outcomes in the reader's language. A wrong value is refused with
/// the localized message beside its field and nothing changes; a task already completed says so.
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

    public IActionResult OnGet(long id) => Load(id) ? Page() : Missing();

    public IActionResult OnPost(long id, string? outcome)
    {
        if (!Load(id) || !CanAct)
        {
            return Missing();
        }

        var task = Item!;
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

    public string FieldLabel(string field) => WorkflowText.Field(field).Render(Texts.Language);

    public string OutcomeLabel(string outcome) => WorkflowText.Outcome(outcome).Render(Texts.Language);

    public string ChoiceLabel(string option) => WorkflowText.Choice(option).Render(Texts.Language);

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
        Pupil = task.PupilId is { } pupil ? Web.Session.Data.Pupils.FirstOrDefault(p => p.Id == pupil)?.FullName ?? "" : "";
        return true;
    }
}
