using Dapper;
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

    public CaseState? LoadCase(long id, SqliteTransaction? tx = null)
    {
        using var reader = _commands.Get($"SELECT {CaseColumns} FROM wf_cases WHERE id = @id", tx, ("@id", id)).ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var state = new CaseState
        {
            Id = reader.GetInt64(0),
            SchoolId = reader.GetInt64(1),
            Workflow = reader.GetString(2),
            Version = reader.GetInt32(3),
            Hash = reader.GetString(4),
            Key = reader.GetString(5),
            PupilId = Text(reader, 6),
            SubjectId = Text(reader, 7),
            Term = Text(reader, 8),
            Status = reader.GetString(9),
            Result = Text(reader, 10),
            NextSeq = reader.GetInt32(12),
            RowVersion = reader.GetInt64(13),
            ParentCaseId = reader.IsDBNull(14) ? null : reader.GetInt64(14),
            ParentToken = reader.IsDBNull(15) ? null : reader.GetInt32(15),
            StartedBy = reader.GetString(16),
            StartedAt = reader.GetString(17),
            ClosedAt = Text(reader, 18),
        };
        state.DeserializeState(reader.GetString(11));
        return state;
    }

    public long? FindOpenCase(long schoolId, string workflow, string key, SqliteTransaction? tx = null) =>
        _commands.Scalar(
            "SELECT id FROM wf_cases WHERE school_id = @school_id AND workflow = @workflow AND case_key = @key AND status = 'open'",
            tx, ("@school_id", schoolId), ("@workflow", workflow), ("@key", key)) is long id ? id : null;

    /// <summary>Inserts a new open case; a second open case for the same key fails on the unique index.</summary>
    public long InsertCase(SqliteTransaction tx, CaseState s) =>
        (long)_commands.Scalar(
            """
            INSERT INTO wf_cases (school_id, workflow, version, hash, case_key, pupil_id, subject_id, term, status, state,
                next_seq, row_version, parent_case_id, parent_token, started_by, started_at)
            VALUES (@school_id, @workflow, @version, @hash, @key, @pupil_id, @subject_id, @term, 'open', '{}', 1, 0,
                @parent_case_id, @parent_token, @started_by, @started_at)
            RETURNING id
            """,
            tx,
            ("@school_id", s.SchoolId), ("@workflow", s.Workflow), ("@version", s.Version), ("@hash", s.Hash), ("@key", s.Key),
            ("@pupil_id", s.PupilId), ("@subject_id", s.SubjectId), ("@term", s.Term), ("@parent_case_id", s.ParentCaseId),
            ("@parent_token", s.ParentToken), ("@started_by", s.StartedBy), ("@started_at", s.StartedAt))!;

    /// <summary>Links a sub-case found open to the parent that waits for it, unless it already has one.</summary>
    public void LinkParent(SqliteTransaction tx, long caseId, long parentId, int parentToken) =>
        connection.Execute(
            "UPDATE wf_cases SET parent_case_id = @parentId, parent_token = @parentToken WHERE id = @caseId AND parent_case_id IS NULL",
            new { caseId, parentId, parentToken }, tx);

    public TaskRecord? LoadTask(long id, SqliteTransaction? tx = null) =>
        ReadTask(_commands.Get($"SELECT {TaskColumns} FROM wf_tasks WHERE id = @id", tx, ("@id", id)));

    public TaskRecord? LoadTask(long caseId, int token, SqliteTransaction? tx = null) =>
        ReadTask(_commands.Get($"SELECT {TaskColumns} FROM wf_tasks WHERE case_id = @case_id AND token = @token", tx, ("@case_id", caseId), ("@token", token)));

    private static TaskRecord? ReadTask(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new TaskRecord
        {
            Id = reader.GetInt64(0),
            SchoolId = reader.GetInt64(1),
            CaseId = reader.GetInt64(2),
            Token = reader.GetInt32(3),
            Step = reader.GetString(4),
            Role = reader.GetString(5),
            Assignee = Text(reader, 6),
            ClaimedBy = Text(reader, 7),
            Status = reader.GetString(8),
            CreatedAt = reader.GetString(9),
            Due = Text(reader, 10),
            Outcome = Text(reader, 11),
            Fields = Text(reader, 12),
            CompletedBy = Text(reader, 13),
            CompletedAt = Text(reader, 14),
        };
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public TimerRecord? LoadTimer(long id) =>
        connection.QuerySingleOrDefault<TimerRecord>(
            "SELECT id AS Id, case_id AS CaseId, token AS Token, kind AS Kind, due AS Due, payload AS Payload FROM wf_timers WHERE id = @id AND status = 'pending'",
            new { id });

    /// <summary>Pending timers due on or before <paramref name="today"/>, oldest first.</summary>
    public IReadOnlyList<TimerRecord> DueTimers(long schoolId, string today, string? kind, int limit) =>
        [.. connection.Query<TimerRecord>(
            """
            SELECT t.id AS Id, t.case_id AS CaseId, t.token AS Token, t.kind AS Kind, t.due AS Due, t.payload AS Payload
            FROM wf_timers t JOIN wf_cases c ON c.id = t.case_id
            WHERE t.status = 'pending' AND t.due <= @today AND c.school_id = @schoolId AND (@kind IS NULL OR t.kind = @kind)
            ORDER BY t.due, t.id LIMIT @limit
            """,
            new { schoolId, today, kind, limit })];
}
