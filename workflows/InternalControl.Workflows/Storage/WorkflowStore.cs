using Dapper;
using InternalControl.Storage.Database;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;
using InternalControl.Workflows.Timers;
using Microsoft.Data.Sqlite;

namespace InternalControl.Workflows.Storage;

/// <summary>
/// Reads and writes the runtime's tables over one connection. A transition is written by
/// <see cref="Write"/> inside the caller's transaction; the case row's version check makes a
/// second writer of the same case fail instead of overwriting.
/// </summary>
internal sealed partial class WorkflowStore(SqliteConnection connection) : IDisposable
{
    private readonly CommandCache _commands = new(connection);

    private const string CaseColumns = """
        id AS Id, school_id AS SchoolId, workflow AS Workflow, version AS Version, hash AS Hash, case_key AS Key,
        pupil_id AS PupilId, subject_id AS SubjectId, term AS Term, status AS Status, result AS Result, state AS State,
        next_seq AS NextSeq, row_version AS RowVersion, parent_case_id AS ParentCaseId, parent_token AS ParentToken,
        started_by AS StartedBy, started_at AS StartedAt, closed_at AS ClosedAt
        """;

    private const string TaskColumns = """
        id AS Id, school_id AS SchoolId, case_id AS CaseId, token AS Token, step AS Step, role AS Role, assignee AS Assignee,
        claimed_by AS ClaimedBy, status AS Status, created_at AS CreatedAt, due AS Due, outcome AS Outcome, fields AS Fields,
        completed_by AS CompletedBy, completed_at AS CompletedAt
        """;

    public SqliteConnection Connection => connection;

    public void Dispose() => _commands.Dispose();

    public CaseState? LoadCase(long id, WriteTransaction? tx = null) =>
        _commands.Single($"SELECT {CaseColumns} FROM wf_cases WHERE id = @id", tx, ReadCase, ("@id", id));

    private static CaseState ReadCase(StatementRow row)
    {
        var state = new CaseState
        {
            Id = row.GetInt64(0),
            SchoolId = row.GetInt64(1),
            Workflow = row.GetString(2),
            Version = row.GetInt32(3),
            Hash = row.GetString(4),
            Key = row.GetString(5),
            PupilId = row.GetStringOrNull(6),
            SubjectId = row.GetStringOrNull(7),
            Term = row.GetStringOrNull(8),
            Status = row.GetString(9),
            Result = row.GetStringOrNull(10),
            NextSeq = row.GetInt32(12),
            RowVersion = row.GetInt64(13),
            ParentCaseId = row.GetInt64OrNull(14),
            ParentToken = row.GetInt32OrNull(15),
            StartedBy = row.GetString(16),
            StartedAt = row.GetString(17),
            ClosedAt = row.GetStringOrNull(18),
        };
        state.DeserializeState(row.GetString(11));
        return state;
    }

    public long? FindOpenCase(long schoolId, string workflow, string key, WriteTransaction? tx = null) =>
        _commands.Scalar(
            "SELECT id FROM wf_cases WHERE school_id = @school_id AND workflow = @workflow AND case_key = @key AND status = 'open'",
            tx, ("@school_id", schoolId), ("@workflow", workflow), ("@key", key)) is long id ? id : null;

    /// <summary>
    /// Inserts a new case as its first transition left it (state, status, journal position) and sets its id;
    /// a second open case for the same key fails on the unique index.
    /// </summary>
    public void InsertCase(WriteTransaction tx, CaseState s)
    {
        s.Id = (long)_commands.Scalar(
            """
            INSERT INTO wf_cases (school_id, workflow, version, hash, case_key, pupil_id, subject_id, term, status, result, state,
                next_seq, row_version, parent_case_id, parent_token, started_by, started_at, closed_at)
            VALUES (@school_id, @workflow, @version, @hash, @key, @pupil_id, @subject_id, @term, @status, @result, @state, @next_seq, 1,
                @parent_case_id, @parent_token, @started_by, @started_at, @closed_at)
            RETURNING id
            """,
            tx,
            ("@school_id", s.SchoolId), ("@workflow", s.Workflow), ("@version", s.Version), ("@hash", s.Hash), ("@key", s.Key),
            ("@pupil_id", s.PupilId), ("@subject_id", s.SubjectId), ("@term", s.Term), ("@status", s.Status), ("@result", s.Result),
            ("@state", s.SerializeState()), ("@next_seq", s.NextSeq), ("@parent_case_id", s.ParentCaseId),
            ("@parent_token", s.ParentToken), ("@started_by", s.StartedBy), ("@started_at", s.StartedAt), ("@closed_at", s.ClosedAt))!;
        s.RowVersion = 1;
    }

    /// <summary>Links a sub-case found open to the parent that waits for it, unless it already has one.</summary>
    public void LinkParent(WriteTransaction tx, long caseId, long parentId, int parentToken) =>
        _commands.Execute(
            "UPDATE wf_cases SET parent_case_id = @parentId, parent_token = @parentToken WHERE id = @caseId AND parent_case_id IS NULL",
            tx, ("@parentId", parentId), ("@parentToken", parentToken), ("@caseId", caseId));

    /// <summary>Begins a transition's write transaction on this store's connection.</summary>
    public WriteTransaction Begin() => WriteTransaction.Begin(_commands);

    public TaskRecord? LoadTask(long id, WriteTransaction? tx = null) =>
        _commands.Single($"SELECT {TaskColumns} FROM wf_tasks WHERE id = @id", tx, ReadTask, ("@id", id));

    public TaskRecord? LoadTask(long caseId, int token, WriteTransaction? tx = null) =>
        _commands.Single($"SELECT {TaskColumns} FROM wf_tasks WHERE case_id = @case_id AND token = @token", tx, ReadTask, ("@case_id", caseId), ("@token", token));

    private static TaskRecord ReadTask(StatementRow row) => new()
    {
        Id = row.GetInt64(0),
        SchoolId = row.GetInt64(1),
        CaseId = row.GetInt64(2),
        Token = row.GetInt32(3),
        Step = row.GetString(4),
        Role = row.GetString(5),
        Assignee = row.GetStringOrNull(6),
        ClaimedBy = row.GetStringOrNull(7),
        Status = row.GetString(8),
        CreatedAt = row.GetString(9),
        Due = row.GetStringOrNull(10),
        Outcome = row.GetStringOrNull(11),
        Fields = row.GetStringOrNull(12),
        CompletedBy = row.GetStringOrNull(13),
        CompletedAt = row.GetStringOrNull(14),
    };

    /// <summary>The timer, if it is still pending (another process may have fired it since it was listed).</summary>
    public TimerRecord? LoadTimer(TimerRecord timer) =>
        connection.QuerySingleOrDefault<TimerRecord>(
            """
            SELECT case_id AS CaseId, token AS Token, kind AS Kind, due AS Due, payload AS Payload FROM wf_timers
            WHERE case_id = @CaseId AND token = @Token AND kind = @Kind AND status = 'pending'
            """,
            new { timer.CaseId, timer.Token, timer.Kind });

    /// <summary>Pending timers due on or before <paramref name="today"/>, oldest first.</summary>
    public IReadOnlyList<TimerRecord> DueTimers(long schoolId, string today, string? kind, int limit) =>
        [.. connection.Query<TimerRecord>(
            """
            SELECT t.case_id AS CaseId, t.token AS Token, t.kind AS Kind, t.due AS Due, t.payload AS Payload
            FROM wf_timers t JOIN wf_cases c ON c.id = t.case_id
            WHERE t.status = 'pending' AND t.due <= @today AND c.school_id = @schoolId AND (@kind IS NULL OR t.kind = @kind)
            ORDER BY t.due, t.case_id, t.token LIMIT @limit
            """,
            new { schoolId, today, kind, limit })];
}
