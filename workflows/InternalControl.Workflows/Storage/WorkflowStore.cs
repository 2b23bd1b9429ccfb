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
internal sealed partial class WorkflowStore(SqliteConnection connection)
{
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

    public CaseState? LoadCase(long id, SqliteTransaction? tx = null)
    {
        var row = connection.QuerySingleOrDefault<CaseRow>($"SELECT {CaseColumns} FROM wf_cases WHERE id = @id", new { id }, tx);
        return row?.ToState();
    }

    public long? FindOpenCase(long schoolId, string workflow, string key, SqliteTransaction? tx = null) =>
        connection.QuerySingleOrDefault<long?>(
            "SELECT id FROM wf_cases WHERE school_id = @schoolId AND workflow = @workflow AND case_key = @key AND status = 'open'",
            new { schoolId, workflow, key }, tx);

    /// <summary>Inserts a new open case; a second open case for the same key fails on the unique index.</summary>
    public long InsertCase(SqliteTransaction tx, CaseState s) =>
        connection.ExecuteScalar<long>(
            """
            INSERT INTO wf_cases (school_id, workflow, version, hash, case_key, pupil_id, subject_id, term, status, state,
                next_seq, row_version, parent_case_id, parent_token, started_by, started_at)
            VALUES (@SchoolId, @Workflow, @Version, @Hash, @Key, @PupilId, @SubjectId, @Term, 'open', '{}', 1, 0,
                @ParentCaseId, @ParentToken, @StartedBy, @StartedAt)
            RETURNING id
            """,
            s, tx);

    /// <summary>Links a sub-case found open to the parent that waits for it, unless it already has one.</summary>
    public void LinkParent(SqliteTransaction tx, long caseId, long parentId, int parentToken) =>
        connection.Execute(
            "UPDATE wf_cases SET parent_case_id = @parentId, parent_token = @parentToken WHERE id = @caseId AND parent_case_id IS NULL",
            new { caseId, parentId, parentToken }, tx);

    public TaskRecord? LoadTask(long id, SqliteTransaction? tx = null) =>
        connection.QuerySingleOrDefault<TaskRecord>($"SELECT {TaskColumns} FROM wf_tasks WHERE id = @id", new { id }, tx);

    public TaskRecord? LoadTask(long caseId, int token, SqliteTransaction? tx = null) =>
        connection.QuerySingleOrDefault<TaskRecord>(
            $"SELECT {TaskColumns} FROM wf_tasks WHERE case_id = @caseId AND token = @token", new { caseId, token }, tx);

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

    private sealed record CaseRow
    {
        public long Id { get; init; }

        public long SchoolId { get; init; }

        public string Workflow { get; init; } = "";

        public long Version { get; init; }

        public string Hash { get; init; } = "";

        public string Key { get; init; } = "";

        public string? PupilId { get; init; }

        public string? SubjectId { get; init; }

        public string? Term { get; init; }

        public string Status { get; init; } = "";

        public string? Result { get; init; }

        public string State { get; init; } = "{}";

        public long NextSeq { get; init; }

        public long RowVersion { get; init; }

        public long? ParentCaseId { get; init; }

        public long? ParentToken { get; init; }

        public string StartedBy { get; init; } = "";

        public string StartedAt { get; init; } = "";

        public string? ClosedAt { get; init; }

        public CaseState ToState()
        {
            var state = new CaseState
            {
                Id = Id,
                SchoolId = SchoolId,
                Workflow = Workflow,
                Version = (int)Version,
                Hash = Hash,
                Key = Key,
                PupilId = PupilId,
                SubjectId = SubjectId,
                Term = Term,
                Status = Status,
                Result = Result,
                NextSeq = (int)NextSeq,
                RowVersion = RowVersion,
                ParentCaseId = ParentCaseId,
                ParentToken = (int?)ParentToken,
                StartedBy = StartedBy,
                StartedAt = StartedAt,
                ClosedAt = ClosedAt,
            };
            state.DeserializeState(State);
            return state;
        }
    }
}
