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

    /// <summary>
    /// Takes up to <paramref name="limit"/> unsent messages whose lease is free, expired or this worker's own, leasing them until
    /// <paramref name="leaseUntil"/> (SKIP LOCKED on PostgreSQL, as for timers), oldest first.
    /// </summary>
    public IReadOnlyList<OutboxMessage> LeaseUnsent(long schoolId, int limit, string worker, string now, string leaseUntil) =>
        [.. _commands.Many(
            $"""
            UPDATE wf_outbox SET lease_until = @lease_until, lease_owner = @worker
            WHERE id IN (
                SELECT id FROM wf_outbox
                WHERE school_id = @school_id AND sent_at IS NULL AND (lease_until IS NULL OR lease_until < @now OR lease_owner = @worker)
                ORDER BY id LIMIT @limit{(_commands.IsPostgres ? " FOR UPDATE SKIP LOCKED" : "")})
            RETURNING id, case_id, recipient_kind, recipient_id, language, template, text, created_at, sent_at
            """,
            null, ReadMessage, ("@lease_until", leaseUntil), ("@worker", worker), ("@school_id", schoolId), ("@now", now), ("@limit", limit))
            .OrderBy(m => m.Id)];

    public void ReleaseLeases(IReadOnlyList<long> messageIds)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        foreach (var id in messageIds)
        {
            _commands.Execute("UPDATE wf_outbox SET lease_until = NULL WHERE id = @id AND sent_at IS NULL", null, ("@id", id));
        }
    }

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
