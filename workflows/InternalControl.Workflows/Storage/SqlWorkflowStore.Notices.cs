using InternalControl.Localization;
using InternalControl.Workflows.Notices;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Storage;

/// <summary>Rule notices (migration 2201): a row per notice, and its messages in the outbox, which name it instead of a case.</summary>
internal sealed partial class SqlWorkflowStore
{
    public long? FindNotice(long schoolId, string key, IWorkflowTransaction? tx = null) =>
        _commands.Scalar(
            "SELECT id FROM wf_notices WHERE school_id = @school_id AND notice_key = @key",
            Tx(tx), ("@school_id", schoolId), ("@key", key)) is long id ? id : null;

    /// <summary>
    /// The unique key refuses a second notice of a key: null, and the transaction goes on (nothing fails, since a failed
    /// statement ends a PostgreSQL transaction).
    /// </summary>
    public long? InsertNotice(IWorkflowTransaction tx, NoticeWrite notice, IReadOnlyList<OutboxWrite> messages, string now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(messages);
        var inner = Tx(tx);
        if (_commands.Scalar(
            """
            INSERT INTO wf_notices (school_id, notice_key, rule, role, template, pupil_id, subject_id, term, recipients, created_at)
            VALUES (@school_id, @key, @rule, @role, @template, @pupil_id, @subject_id, @term, @recipients, @created_at)
            ON CONFLICT DO NOTHING
            RETURNING id
            """,
            inner,
            ("@school_id", notice.SchoolId), ("@key", notice.Key), ("@rule", notice.Rule), ("@role", notice.Role), ("@template", notice.Template),
            ("@pupil_id", notice.PupilId), ("@subject_id", notice.SubjectId), ("@term", notice.Term), ("@recipients", (long)notice.Recipients),
            ("@created_at", now)) is not long id)
        {
            return null;
        }

        foreach (var m in messages)
        {
            _commands.Execute(
                """
                INSERT INTO wf_outbox (school_id, notice_id, seq, recipient_kind, recipient_id, language, template, text, created_at)
                VALUES (@school_id, @notice_id, @seq, @kind, @recipient, @language, @template, @text, @created_at)
                """,
                inner,
                ("@school_id", notice.SchoolId), ("@notice_id", id), ("@seq", m.Seq), ("@kind", m.Recipient.Kind), ("@recipient", m.Recipient.Id),
                ("@language", m.Recipient.Language.Code()), ("@template", m.Template), ("@text", m.Text), ("@created_at", now));
        }

        return id;
    }

    public bool MarkRead(long schoolId, long messageId, string now) =>
        _commands.Execute(
            "UPDATE wf_outbox SET read_at = @now WHERE school_id = @school_id AND id = @id AND notice_id IS NOT NULL AND read_at IS NULL",
            null, ("@now", now), ("@school_id", schoolId), ("@id", messageId)) == 1;
}
