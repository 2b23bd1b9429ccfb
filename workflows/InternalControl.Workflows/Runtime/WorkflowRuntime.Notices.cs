using InternalControl.Kernel.Diagnostics;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Notices;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Runtime;

/// <summary>
/// Notices a rule sends (`notify ROLE "KEY"`): messages in the outbox like a workflow's, in each recipient's language, once
/// per rule, text, pupil, subject and term however often the rules run. A notice is a message, not a case to follow: it
/// is a row of its own (with the role it went to and how many people hold it), and its messages name it instead of a case.
/// </summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Sends a rule's notice to whoever holds <paramref name="role"/> for the pupil and subject of <paramref name="context"/>,
    /// unless this rule already sent this text for the same pupil, subject and term. The text is the resource
    /// <paramref name="message"/>, given {0} pupil, {1} subject, {2} class, like a notification template.
    /// </summary>
    public NoticeResult Notice(string rule, string role, string message, CaseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WorkflowRoles.TryParse(role, out var recipientRole))
        {
            return new NoticeResult(0, false, Diagnostic.ErrorOf("Workflows.Error.UnknownRole", role));
        }

        var key = $"rule={rule};message={message};pupil={context.PupilId};subject={context.SubjectId};term={context.Term}";
        var now = Context();
        using var tx = _store.Begin();
        if (_store.FindNotice(SchoolId, key, tx) is { } existing)
        {
            return new NoticeResult(existing, false, null);
        }

        var recipients = _people.Resolve(recipientRole.Value, context.PupilId, context.SubjectId);
        var messages = recipients
            .Select(r => new OutboxWrite(1, r, message, NotificationRenderer.RenderText(message, r.Language, context, _people)))
            .ToList();
        var notice = new NoticeWrite(SchoolId, key, rule, recipientRole.Value.Code(), message, context.PupilId, context.SubjectId, context.Term, recipients.Count);
        if (_store.InsertNotice(tx, notice, messages, now.NowText) is not { } id)
        {
            // Another process sent the same notice first: its notice is the answer.
            return new NoticeResult(_store.FindNotice(SchoolId, key, tx) ?? 0, false, null);
        }

        tx.Commit();
        return new NoticeResult(id, true, null);
    }
}
