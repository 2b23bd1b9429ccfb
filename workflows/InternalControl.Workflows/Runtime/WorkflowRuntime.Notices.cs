using InternalControl.Kernel.Diagnostics;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Runtime;

/// <summary>
/// Notices a rule sends (`notify ROLE "KEY"`): delivered through the outbox like a workflow's, in each recipient's
/// language, once per rule, text, pupil, subject and term however often the rules run. Each is kept as a closed case
/// of the built-in workflow <see cref="NoticeWorkflow"/> (with its journal entry, readable with <see cref="History"/>),
/// which <see cref="Cases"/> leaves out: a notice is a message, not a case to follow.
/// </summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>The workflow name under which rule notices are recorded.</summary>
    public const string NoticeWorkflow = "notice";

    /// <summary>
    /// Sends a rule's notice to whoever holds <paramref name="role"/> for the pupil and subject of <paramref name="context"/>,
    /// unless this rule already sent this text for the same pupil, subject and term. The text is the resource
    /// <paramref name="message"/>, given {0} pupil, {1} subject, {2} class, like a notification template.
    /// </summary>
    public StartResult Notice(string rule, string role, string message, CaseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!WorkflowRoles.TryParse(role, out var recipientRole))
        {
            return new StartResult(0, false, Diagnostic.ErrorOf("Workflows.Error.UnknownRole", role));
        }

        var key = $"rule={rule};message={message};pupil={context.PupilId};subject={context.SubjectId};term={context.Term}";
        var now = Context();
        using var tx = _store.Begin();
        if (FindClosedCase(NoticeWorkflow, key) is { } existing)
        {
            return new StartResult(existing.Id, false, null);
        }

        // A notice is a case that ends as it begins: sent, with its two journal entries.
        var state = NewState(NoticeWorkflow, 1, "", key, context, rule, null, now);
        state.Status = CaseStatus.Closed;
        state.Result = "sent";
        state.ClosedAt = now.NowText;
        state.NextSeq = 3;
        _store.InsertCase(tx, state);
        var effects = new Transition();
        var recipients = _people.Resolve(recipientRole.Value, state);
        effects.Journal.Add(new JournalWrite(1, recipients.Count > 0 ? JournalKind.Notified : JournalKind.NoRecipient, NoticeWorkflow, rule, null, null,
            recipients.Count > 0 ? message : recipientRole.Value.Code(), null));
        foreach (var recipient in recipients)
        {
            effects.Outbox.Add(new OutboxWrite(1, recipient, message, NotificationRenderer.RenderText(message, recipient.Language, state, _people)));
        }

        effects.Journal.Add(new JournalWrite(2, JournalKind.Ended, null, rule, null, null, "sent", null));
        _store.WriteEffects(tx, state, effects, now.NowText);
        tx.Commit();
        return new StartResult(state.Id, true, null);
    }
}
