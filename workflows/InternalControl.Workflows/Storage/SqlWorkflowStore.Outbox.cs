using InternalControl.Localization;
using InternalControl.Storage.Database;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Storage;

/// <summary>The outbox: the messages transitions rendered, and their delivery.</summary>
internal sealed partial class SqlWorkflowStore
{
    private const string MessageColumns =
        "id, case_id, recipient_kind, recipient_id, language, template, text, created_at, sent_at, channel, tries, next_attempt, state, school_id, seq, notice_id";

    public IReadOnlyList<OutboxMessage> Outbox(long schoolId, bool unsentOnly) =>
        _commands.Many(
            $"SELECT {MessageColumns} FROM wf_outbox WHERE school_id = @school_id{(unsentOnly ? " AND sent_at IS NULL" : "")} ORDER BY id",
            null, ReadMessage, ("@school_id", schoolId));

    public IReadOnlyList<OutboxMessage> FailedMessages(long schoolId) =>
        _commands.Many(
            $"SELECT {MessageColumns} FROM wf_outbox WHERE school_id = @school_id AND state = 'failed' ORDER BY id",
            null, ReadMessage, ("@school_id", schoolId));

    /// <summary>
    /// Takes up to <paramref name="limit"/> unsent messages whose lease is free, expired or this worker's own, leasing them until
    /// <paramref name="leaseUntil"/> (SKIP LOCKED on PostgreSQL, as for timers), oldest first.
    /// </summary>
    public IReadOnlyList<OutboxMessage> LeaseUnsent(long schoolId, int limit, string worker, string now, string leaseUntil) =>
        [.. Lease("sent_at IS NULL", "id", schoolId, limit, worker, now, leaseUntil).OrderBy(m => m.Id)];

    /// <summary>
    /// Leases up to <paramref name="limit"/> of the school's messages that <paramref name="filter"/> admits and whose lease is
    /// free, expired or this worker's own, taken in <paramref name="order"/>, until <paramref name="leaseUntil"/> (SKIP LOCKED
    /// on PostgreSQL, as for timers). <paramref name="now"/> is bound as @now, for the filter too.
    /// </summary>
    private IEnumerable<OutboxMessage> Lease(string filter, string order, long schoolId, int limit, string worker, string now, string leaseUntil) =>
        _commands.Many(
            $"""
            UPDATE wf_outbox SET lease_until = @lease_until, lease_owner = @worker
            WHERE id IN (
                SELECT id FROM wf_outbox
                WHERE school_id = @school_id AND {filter}
                  AND (lease_until IS NULL OR lease_until < @now OR lease_owner = @worker)
                ORDER BY {order} LIMIT @limit{(_commands.IsPostgres ? " FOR UPDATE SKIP LOCKED" : "")})
            RETURNING {MessageColumns}
            """,
            null, ReadMessage, ("@lease_until", leaseUntil), ("@worker", worker), ("@school_id", schoolId), ("@now", now), ("@limit", limit));

    public void ReleaseLeases(IReadOnlyList<long> messageIds)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        foreach (var id in messageIds)
        {
            _commands.Execute("UPDATE wf_outbox SET lease_until = NULL WHERE id = @id AND sent_at IS NULL", null, ("@id", id));
        }
    }
    public OutboxMessage? Message(long schoolId, long messageId) =>
        _commands.Single(
            $"SELECT {MessageColumns} FROM wf_outbox WHERE school_id = @school_id AND id = @id",
            null, ReadMessage, ("@school_id", schoolId), ("@id", messageId));

    public IReadOnlyList<OutboxMessage> DueMessages(long schoolId, string nowUtc, int limit, string worker, string leaseUntil) =>
        [.. Lease(
            "state = 'pending' AND (next_attempt IS NULL OR next_attempt <= @now)",
            $"CASE WHEN template = '{SignInLinks.Requested}' THEN 0 ELSE 1 END, id",
            schoolId, limit, worker, nowUtc, leaseUntil)
            .OrderBy(m => m.Template == SignInLinks.Requested ? 0 : 1).ThenBy(m => m.Id)];

    public void MarkDispatched(long messageId, bool sent, string now)
    {
        if (sent)
        {
            _commands.Execute(
                "UPDATE wf_outbox SET sent_at = @now, state = 'sent', attempts = attempts + 1 WHERE id = @id", null, ("@now", now), ("@id", messageId));
        }
        else
        {
            _commands.Execute("UPDATE wf_outbox SET attempts = attempts + 1 WHERE id = @id", null, ("@id", messageId));
        }
    }

    public void UpdateDelivery(long messageId, DeliveryUpdate update) =>
        _commands.Execute(
            """
            UPDATE wf_outbox SET channel = @channel, tries = @tries, next_attempt = @next, state = @state,
                sent_at = COALESCE(@sent_at, sent_at), attempts = attempts + @tried, lease_until = NULL
            WHERE id = @id
            """,
            null,
            ("@channel", update.Channel),
            ("@tries", update.Tries),
            ("@next", update.NextAttempt),
            ("@state", StateCode(update.State)),
            ("@sent_at", update.SentAt),
            ("@tried", update.Tried ? 1 : 0),
            ("@id", messageId));

    public bool TakeChannelTry(string channel, string windowStart, int limit)
    {
        // One statement, so two workers cannot both take the last try of a minute: the upsert's WHERE refuses the
        // increment at the limit and then returns no row.
        return _commands.Many(
            """
            INSERT INTO wf_channel_windows (channel, window_start, used) VALUES (@channel, @window, 1)
            ON CONFLICT (channel, window_start) DO UPDATE SET used = wf_channel_windows.used + 1 WHERE wf_channel_windows.used < @limit
            RETURNING used
            """,
            null, row => row.GetInt64(0), ("@channel", channel), ("@window", windowStart), ("@limit", (long)limit)).Count == 1;
    }

    public void ForgetChannelWindows(string beforeWindowStart) =>
        _commands.Execute("DELETE FROM wf_channel_windows WHERE window_start < @window", null, ("@window", beforeWindowStart));

    public bool Retry(long schoolId, long messageId) =>
        _commands.Execute(
            "UPDATE wf_outbox SET state = 'pending', channel = NULL, tries = 0, next_attempt = NULL WHERE school_id = @school_id AND id = @id AND state = 'failed'",
            null, ("@school_id", schoolId), ("@id", messageId)) == 1;

    private static string StateCode(DeliveryState state) => state switch
    {
        DeliveryState.Sent => "sent",
        DeliveryState.Failed => "failed",
        _ => "pending",
    };

    private static DeliveryState ParseState(string code) => code switch
    {
        "sent" => DeliveryState.Sent,
        "failed" => DeliveryState.Failed,
        _ => DeliveryState.Pending,
    };

    private static OutboxMessage ReadMessage(StatementRow row) => new(
        row.GetInt64(0),
        row.GetInt64OrNull(1),
        row.GetString(2),
        row.GetString(3),
        Languages.TryParse(row.GetString(4), out var language) ? language.Value : Language.En,
        row.GetString(5),
        row.GetString(6),
        StoredInstant.Parse(row.GetString(7)),
        StoredInstant.ParseOrNull(row.GetStringOrNull(8)),
        row.GetStringOrNull(9),
        (int)row.GetInt64(10),
        StoredInstant.ParseOrNull(row.GetStringOrNull(11)),
        ParseState(row.GetString(12)),
        IdempotencyKey.Of(row.GetInt64(13), row.GetInt64OrNull(1), row.GetInt64OrNull(15), (int)row.GetInt64(14), row.GetString(2), row.GetString(3), row.GetString(5)),
        row.GetInt64OrNull(15));
}
