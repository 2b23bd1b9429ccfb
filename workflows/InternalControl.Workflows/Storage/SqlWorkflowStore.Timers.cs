using InternalControl.Storage.Database;
using InternalControl.Workflows.Timers;

namespace InternalControl.Workflows.Storage;

/// <summary>Timers: what is due, and whether one is still pending.</summary>
internal sealed partial class SqlWorkflowStore
{
    public TimerRecord? LoadTimer(TimerRecord timer) =>
        _commands.Single(
            """
            SELECT case_id, token, kind, due, payload FROM wf_timers
            WHERE case_id = @case_id AND token = @token AND kind = @kind AND status = 'pending'
            """,
            null, ReadTimer, ("@case_id", timer.CaseId), ("@token", timer.Token), ("@kind", timer.Kind));

    public IReadOnlyList<TimerRecord> DueTimers(long schoolId, string today, string? kind, int limit) =>
        _commands.Many(
            """
            SELECT t.case_id, t.token, t.kind, t.due, t.payload
            FROM wf_timers t JOIN wf_cases c ON c.id = t.case_id
            WHERE t.status = 'pending' AND t.due <= @today AND c.school_id = @school_id AND (CAST(@kind AS TEXT) IS NULL OR t.kind = @kind)
            ORDER BY t.due, t.case_id, t.token LIMIT @limit
            """,
            null, ReadTimer, ("@today", today), ("@school_id", schoolId), ("@kind", kind), ("@limit", limit));

    private static TimerRecord ReadTimer(StatementRow row) => new()
    {
        CaseId = row.GetInt64(0),
        Token = row.GetInt32(1),
        Kind = row.GetString(2),
        Due = row.GetString(3),
        Payload = row.GetStringOrNull(4),
    };
}
