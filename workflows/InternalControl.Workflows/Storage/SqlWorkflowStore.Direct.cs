using InternalControl.Localization;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Notices;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Storage;

/// <summary>Messages to one person outside any case: sign-in links in, and what one person was sent, out.</summary>
internal sealed partial class SqlWorkflowStore
{
    public long InsertDirectMessage(IWorkflowTransaction tx, NoticeWrite notice, OutboxWrite message, string? channel, string now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(message);
        var inner = Tx(tx);
        var id = (long)_commands.Scalar(
            """
            INSERT INTO wf_notices (school_id, notice_key, rule, role, template, pupil_id, subject_id, term, recipients, created_at)
            VALUES (@school_id, @key, @rule, @role, @template, NULL, NULL, NULL, @recipients, @created_at)
            RETURNING id
            """,
            inner,
            ("@school_id", notice.SchoolId), ("@key", notice.Key), ("@rule", notice.Rule), ("@role", notice.Role), ("@template", notice.Template),
            ("@recipients", (long)notice.Recipients), ("@created_at", now))!;
        return (long)_commands.Scalar(
            """
            INSERT INTO wf_outbox (school_id, notice_id, seq, recipient_kind, recipient_id, language, template, text, created_at, channel)
            VALUES (@school_id, @notice_id, @seq, @kind, @recipient, @language, @template, @text, @created_at, @channel)
            RETURNING id
            """,
            inner,
            ("@school_id", notice.SchoolId), ("@notice_id", id), ("@seq", message.Seq), ("@kind", message.Recipient.Kind), ("@recipient", message.Recipient.Id),
            ("@language", message.Recipient.Language.Code()), ("@template", message.Template), ("@text", message.Text), ("@created_at", now),
            ("@channel", channel))!;
    }

    public IReadOnlyList<ReceivedMessage> MessagesTo(long schoolId, string recipientKind, string recipientId) =>
        _commands.Many(
            $"""
            SELECT {MessageColumns},
                CASE WHEN read_at IS NOT NULL OR EXISTS (
                    SELECT 1 FROM wf_journal j
                    WHERE j.school_id = wf_outbox.school_id AND j.case_id = wf_outbox.case_id AND j.kind = '{nameof(JournalKind.Acknowledged)}'
                      AND j.detail = CAST(wf_outbox.id AS TEXT)) THEN 1 ELSE 0 END,
                asks
            FROM wf_outbox
            WHERE school_id = @school_id AND recipient_kind = @kind AND recipient_id = @recipient
              AND template NOT IN ('{SignInLinks.Requested}', '{SignInLinks.Sent}')
            ORDER BY id DESC
            """,
            null, row => new ReceivedMessage(ReadMessage(row), row.GetInt64(16) == 1) { Asks = row.GetInt64(17) == 1 }, ("@school_id", schoolId), ("@kind", recipientKind), ("@recipient", recipientId));
}
