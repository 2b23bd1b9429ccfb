using InternalControl.Storage.Database;
using InternalControl.Workflows.Timers;

namespace InternalControl.Workflows.Storage;

/// <summary>Timers: what is due (leased to one worker), and whether one is still pending.</summary>
internal sealed partial class SqlWorkflowStore
{
    public TimerRecord? LoadTimer(TimerRecord timer) =>
        _commands.Single(
            """
            SELECT case_id, token, kind, due, payload FROM wf_timers
            WHERE case_id = @case_id AND token = @token AND kind = @kind AND status = 'pending'
            """,
            null, ReadTimer, ("@case_id", timer.CaseId), ("@token", timer.Token), ("@kind", timer.Kind));

    /// <summary>
    /// Takes up to <paramref name="limit"/> due timers whose lease is free, expired or this worker's own, leasing them until
    /// <paramref name="leaseUntil"/>, in one statement. On PostgreSQL the rows are locked with SKIP LOCKED, so a worker
    /// passes over what another is taking at that moment; SQLite has one writer at a time, so the statement alone does it.
    /// </summary>
    public IReadOnlyList<TimerRecord> LeaseDueTimers(long schoolId, string today, string? kind, int limit, string worker, string now, string leaseUntil) =>
        [.. _commands.Many(
            $"""
            UPDATE wf_timers SET lease_until = @lease_until, lease_owner = @worker
            WHERE (case_id, token, kind) IN (
                SELECT t.case_id, t.token, t.kind
                FROM wf_timers t JOIN wf_cases c ON c.id = t.case_id
                WHERE t.status = 'pending' AND t.due <= @today AND c.school_id = @school_id
                    AND (CAST(@kind AS TEXT) IS NULL OR t.kind = @kind) AND (t.lease_until IS NULL OR t.lease_until < @now OR t.lease_owner = @worker)
                ORDER BY t.due, t.case_id, t.token LIMIT @limit{(_commands.IsPostgres ? " FOR UPDATE OF t SKIP LOCKED" : "")})
            RETURNING case_id, token, kind, due, payload
            """,
            null, ReadTimer, ("@lease_until", leaseUntil), ("@worker", worker), ("@today", today), ("@school_id", schoolId), ("@kind", kind), ("@now", now), ("@limit", limit))
            .OrderBy(t => t.Due, StringComparer.Ordinal).ThenBy(t => t.CaseId).ThenBy(t => t.Token)];

    public IReadOnlyList<TimerRecord> PendingTimers(long schoolId, string kind, string from, string until) =>
        [.. _commands.Many(
            """
            SELECT t.case_id, t.token, t.kind, t.due, t.payload
            FROM wf_timers t JOIN wf_cases c ON c.id = t.case_id
            WHERE t.status = 'pending' AND t.kind = @kind AND t.due >= @from AND t.due < @until AND c.school_id = @school_id
            ORDER BY t.due, t.case_id, t.token
            """,
            null, ReadTimer, ("@kind", kind), ("@from", from), ("@until", until), ("@school_id", schoolId))];

    private static TimerRecord ReadTimer(StatementRow row) => new()
    {
        CaseId = row.GetInt64(0),
        Token = row.GetInt32(1),
        Kind = row.GetString(2),
        Due = row.GetString(3),
        Payload = row.GetStringOrNull(4),
    };
}
