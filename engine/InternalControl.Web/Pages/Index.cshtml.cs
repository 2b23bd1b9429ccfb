using InternalControl.Application.Access;
using InternalControl.Application.Cases;
using InternalControl.Kernel.Schools;
using InternalControl.Workflows;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// The inbox: my tasks and my role's tasks, overdue first, due dates in school days, filters by class, subject and
/// workflow. A parent sees their children's open cases in plain words and the tasks addressed to parents.
/// </summary>
public sealed class IndexModel : SchoolPage
{
    [BindProperty(SupportsGet = true)]
    public string? Class { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Workflow { get; set; }

    /// <summary>The page of the task list to show, from 1 (<c>?p=2</c>); a number past either end shows the nearest page.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>This page's tasks: <see cref="PageSize"/> at most, of <see cref="Total"/>.</summary>
    public IReadOnlyList<InboxRow> Rows { get; private set; } = [];

    /// <summary>How many tasks pass the filters, over every page.</summary>
    public int Total { get; private set; }

    public int PageSize => Math.Max(1, Web.Host.Options.InboxPageSize);

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The number of this page's first task, counting from 1 over every page (0 when there is none).</summary>
    public int First => Total == 0 ? 0 : ((PageNumber - 1) * PageSize) + 1;

    /// <summary>The inbox's address for page <paramref name="number"/>, with the filters chosen now.</summary>
    public string PageLink(int number)
    {
        var query = new List<string>();
        foreach (var (name, value) in new[] { ("Class", Class), ("Subject", Subject), ("Workflow", Workflow) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        query.Add("p=" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/?" + string.Join("&", query);
    }

    public IReadOnlyList<ClassGroup> Classes { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Subjects { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Workflows { get; private set; } = [];

    /// <summary>For a parent: each child with their open cases, in words.</summary>
    public IReadOnlyList<(Pupil Child, IReadOnlyList<string> Cases)> Children { get; private set; } = [];

    public bool IsParent => Web.Access.IsParent;

    /// <summary>
    /// For a parent: what the school asks of them (a council's invitation, a diary notice to acknowledge: the messages of
    /// workflow steps marked <c>ask</c>), newest first, each with whether they read it. Other messages reach them by their
    /// channels; their children's cases are listed in words above.
    /// </summary>
    public IReadOnlyList<InternalControl.Workflows.Outbox.ReceivedMessage> Messages { get; private set; } = [];

    /// <summary>For the school's heads: messages that failed on every channel of their recipient (never dropped), with the recipient's name.</summary>
    public IReadOnlyList<(InternalControl.Workflows.Outbox.OutboxMessage Message, string Recipient)> FailedDeliveries { get; private set; } = [];
    /// <summary>Whether this person may take a task of their role that nobody has taken yet.</summary>
    public bool CanClaim(WorkflowTask task) => Web.Access.CanClaim(task);

    /// <summary>The class pages this person may open (a class teacher's class; every class for the school's heads).</summary>
    public IReadOnlyList<ClassGroup> MyClasses => [.. Web.Session.Data.Classes.Where(c => Web.Access.CanSeeClass(c.Id)).OrderBy(c => c.GradeLevel).ThenBy(c => c.Name, StringComparer.Ordinal)];

    public void OnGet()
    {
        Title = T("Web.Inbox.Title");
        var session = Web.Session;
        var data = session.Data;
        var access = Web.Access;
        var language = Texts.Language;

        // The filters' choices come from every task's key (class, subject, workflow); the rows, and their words (titles,
        // names), are read for the page shown only: a teacher with a hundred open tasks reads them a page at a time,
        // oldest due (overdue) first, tasks without a due date last.
        var inbox = access.Inbox(session.Runtime, new InboxFilter(NullIfEmpty(Class), NullIfEmpty(Subject), NullIfEmpty(Workflow)), PageNumber, PageSize);
        string SubjectName(string? id) => data.SubjectName(id, language) ?? "";
        var rowClasses = inbox.All.Select(k => k.ClassId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Classes = data.Classes.Where(c => rowClasses.Contains(c.Id)).OrderBy(c => c.GradeLevel).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        Subjects = inbox.All.Select(k => k.SubjectId).OfType<string>().Distinct(StringComparer.Ordinal).Select(id => (id, SubjectName(id))).OrderBy(s => s.Item2, StringComparer.CurrentCulture).ToList();
        Workflows = inbox.All.Select(k => k.Workflow).Distinct(StringComparer.Ordinal).Select(w => (w, WorkflowText.Workflow(w).Render(language))).ToList();
        Total = inbox.Total;
        PageNumber = inbox.Number;
        var page = inbox.Tasks;

        // The page's cases about no pupil, each read once: a planned control's task names its control (topic, object,
        // sheet), as its step says only "carry out the control", whichever workflow carries the tag now (the shipped one,
        // a school's copy, or a copy that renamed it); a finding about a teacher or a re-control names what it is about
        // where a pupil goes. Both read the version of the workflow the case runs on.
        var aboutNoPupil = page.Where(t => t.PupilId is null).Select(t => t.CaseId).Distinct()
            .Select(session.Runtime.Case).OfType<CaseSummary>().ToDictionary(c => c.Id);
        var planned = InternalControl.Application.Plans.PlanInbox.Titles(session, Texts, aboutNoPupil.Values);
        string About(WorkflowTask t) =>
            aboutNoPupil.TryGetValue(t.CaseId, out var c) ? CaseObjects.Describe(c, session.Runtime, data, Texts) ?? "" : "";
        Rows = page.Select(t => (Task: t, Pupil: access.VisiblePupil(t.PupilId))).Select(r => new InboxRow(
            r.Task,
            planned.TryGetValue(r.Task.CaseId, out var control) ? T("Plan.TaskTitle", r.Task.Title(language), control) : r.Task.Title(language),
            r.Pupil?.FullName ?? About(r.Task),
            r.Pupil?.ClassId,
            SubjectName(r.Task.SubjectId),
            WorkflowText.Workflow(r.Task.Workflow).Render(language))).ToList();
        if (access.WholeSchool && !access.IsParent)
        {
            FailedDeliveries = [.. session.Runtime.FailedMessages().Select(m => (m,
                (m.RecipientKind == "staff" ? data.FindStaff(m.RecipientId)?.FullName : null)
                ?? data.FindParent(m.RecipientId)?.FullName ?? m.RecipientId))];
        }

        if (access.IsParent)
        {
            Messages = [.. session.Runtime.MessagesTo(InternalControl.Storage.Contacts.Contact.Parent, Web.Person!.Id).Where(m => m.Asks)];
            var cases = session.Runtime.Cases(openOnly: true);
            Children = data.Pupils.Where(p => access.CanSeePupil(p.Id))
                .Select(p => (p, (IReadOnlyList<string>)cases.Where(c => c.PupilId == p.Id).Select(c => Words(c, language)).ToList()))
                .ToList();
        }
    }

    /// <summary>
    /// A parent's "I have read it" on one of their messages: recorded as the Telegram button records it (the case journal,
    /// or the notice's read time). Anyone else's message, and anyone but a parent, gets 404.
    /// </summary>
    public IActionResult OnPostRead(long id)
    {
        if (Web.Person is not { Kind: InternalControl.Application.Access.PersonKind.Parent } parent
            || !Web.Session.Runtime.MessagesTo(InternalControl.Storage.Contacts.Contact.Parent, parent.Id).Any(m => m.Message.Id == id))
        {
            return Missing();
        }

        var result = Web.Session.Runtime.Acknowledge(id, parent.Id);
        if (!result.Ok)
        {
            return Missing();
        }

        Web.Audit("message.read", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Redirect("/#message-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private string Words(CaseSummary summary, InternalControl.Localization.Language language)
    {
        var subject = Web.Session.Data.FindSubject(summary.SubjectId)?.Name(language) ?? "";
        var step = summary.CurrentSteps.Count > 0 ? WorkflowText.Step(summary.Workflow, summary.CurrentSteps[0]).Render(language) : "";
        return T("Web.Parent.CaseLine", WorkflowText.Workflow(summary.Workflow).Render(language), subject, step);
    }
}
