using InternalControl.Localization;
using InternalControl.Storage.Database;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Storage;

/// <summary>The outbox: the messages transitions rendered, and their delivery.</summary>
internal sealed partial class SqlWorkflowStore
{
    public IReadOnlyList<OutboxMessage> Outbox(long schoolId, bool unsentOnly) =>
        _commands.Many(
            $"""
            SELECT id, case_id, recipient_kind, recipient_id, language, template, text, created_at, sent_at
            FROM wf_outbox WHERE school_id = @school_id{(unsentOnly ? " AND sent_at IS NULL" : "")} ORDER BY id
            """,
            null, ReadMessage, ("@school_id", schoolId));

    public void MarkDispatched(long messageId, bool sent, string now)
    {
        if (sent)
        {
            _commands.Execute("UPDATE wf_outbox SET sent_at = @now, attempts = attempts + 1 WHERE id = @id", null, ("@now", now), ("@id", messageId));
        }
        else
        {
            _commands.Execute("UPDATE wf_outbox SET attempts = attempts + 1 WHERE id = @id", null, ("@id", messageId));
        }
    }

    private static OutboxMessage ReadMessage(StatementRow row) => new(
        row.GetInt64(0),
        row.GetInt64(1),
        row.GetString(2),
        row.GetString(3),
        Languages.TryParse(row.GetString(4), out var language) ? language.Value : Language.En,
        row.GetString(5),
        row.GetString(6),
        StoredInstant.Parse(row.GetString(7)),
        StoredInstant.ParseOrNull(row.GetStringOrNull(8)));
}
