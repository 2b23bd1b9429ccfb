using Dapper;
using InternalControl.Localization;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Runtime;

/// <summary>The outbox: messages transitions rendered, waiting for a sender.</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>The school's outbox messages, oldest first (unsent only when asked).</summary>
    public IReadOnlyList<OutboxMessage> Outbox(bool unsentOnly = false) =>
        [.. _connection.Query<OutboxRow>(
            """
            SELECT id AS Id, case_id AS CaseId, recipient_kind AS RecipientKind, recipient_id AS RecipientId, language AS Language,
                template AS Template, text AS Text, created_at AS CreatedAt, sent_at AS SentAt
            FROM wf_outbox WHERE school_id = @SchoolId AND (@unsentOnly = 0 OR sent_at IS NULL) ORDER BY id
            """,
            new { SchoolId, unsentOnly })
            .Select(r => r.ToMessage())];

    /// <summary>
    /// Hands every unsent message to the sender and marks each delivered one sent. A message the sender
    /// refuses stays unsent, with its attempts counted, for the next dispatch.
    /// </summary>
    public DispatchResult Dispatch(INotificationSender sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        int sent = 0, failed = 0;
        foreach (var message in Outbox(unsentOnly: true))
        {
            var ok = sender.Send(message);
            _connection.Execute(
                ok ? "UPDATE wf_outbox SET sent_at = @now, attempts = attempts + 1 WHERE id = @Id"
                   : "UPDATE wf_outbox SET attempts = attempts + 1 WHERE id = @Id",
                new { now = Context().NowText, message.Id });
            if (ok)
            {
                sent++;
            }
            else
            {
                failed++;
            }
        }

        return new DispatchResult(sent, failed);
    }

    private sealed record OutboxRow(long Id, long CaseId, string RecipientKind, string RecipientId, string Language, string Template, string Text, string CreatedAt, string? SentAt)
    {
        public OutboxMessage ToMessage() => new(
            Id,
            CaseId,
            RecipientKind,
            RecipientId,
            Languages.TryParse(Language, out var language) ? language.Value : Localization.Language.En,
            Template,
            Text,
            Instant(CreatedAt),
            SentAt is null ? null : Instant(SentAt));
    }
}
