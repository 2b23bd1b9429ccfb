using InternalControl.Storage.Database;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Workflows.Storage;

/// <summary>Cases: the row a transition loads and writes back, the key lookups that keep one open case per key, the list.</summary>
internal sealed partial class SqlWorkflowStore
{
    private const string CaseColumns = """
        id, school_id, workflow, version, hash, case_key, pupil_id, subject_id, term, status, result, state,
        next_seq, row_version, parent_case_id, parent_token, started_by, started_at, closed_at
        """;

    public CaseState? LoadCase(long id, IWorkflowTransaction? tx = null) =>
        _commands.Single($"SELECT {CaseColumns} FROM wf_cases WHERE id = @id", Tx(tx), ReadCase, ("@id", id));

    /// <summary>One statement for the whole list: each row carries its state, so no case is read again.</summary>
    public IReadOnlyList<CaseState> Cases(long schoolId, bool openOnly) =>
        _commands.Many(
            $"SELECT {CaseColumns} FROM wf_cases WHERE school_id = @school_id AND (@open_only = 0 OR status = 'open') ORDER BY id DESC",
            null, ReadCase, ("@school_id", schoolId), ("@open_only", openOnly ? 1L : 0L));

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

    public long? FindOpenCase(long schoolId, string workflow, string key, IWorkflowTransaction? tx = null) =>
        _commands.Scalar(
            "SELECT id FROM wf_cases WHERE school_id = @school_id AND workflow = @workflow AND case_key = @key AND status = 'open'",
            Tx(tx), ("@school_id", schoolId), ("@workflow", workflow), ("@key", key)) is long id ? id : null;

    /// <summary>The latest closed case of a key (the key index of migration 2005 finds it).</summary>
    public ClosedCase? FindClosedCase(long schoolId, string workflow, string key, IWorkflowTransaction? tx = null) =>
        _commands.Single(
            """
            SELECT id, result FROM wf_cases
            WHERE school_id = @school_id AND workflow = @workflow AND case_key = @key AND status <> 'open'
            ORDER BY id DESC LIMIT 1
            """,
            Tx(tx),
            row => new ClosedCase(row.GetInt64(0), row.GetStringOrNull(1)),
            ("@school_id", schoolId), ("@workflow", workflow), ("@key", key));

    /// <summary>
    /// The unique index of open keys refuses a second open case of a key: false, and the transaction goes on. The insert
    /// does nothing on that conflict instead of failing, since a failed statement ends a PostgreSQL transaction.
    /// </summary>
    public bool InsertCase(IWorkflowTransaction tx, CaseState s)
    {
        var id = _commands.Scalar(
            """
            INSERT INTO wf_cases (school_id, workflow, version, hash, case_key, pupil_id, subject_id, term, status, result, state,
                next_seq, row_version, parent_case_id, parent_token, started_by, started_at, closed_at)
            VALUES (@school_id, @workflow, @version, @hash, @key, @pupil_id, @subject_id, @term, @status, @result, @state, @next_seq, 1,
                @parent_case_id, @parent_token, @started_by, @started_at, @closed_at)
            ON CONFLICT DO NOTHING
            RETURNING id
            """,
            Tx(tx),
            ("@school_id", s.SchoolId), ("@workflow", s.Workflow), ("@version", s.Version), ("@hash", s.Hash), ("@key", s.Key),
            ("@pupil_id", s.PupilId), ("@subject_id", s.SubjectId), ("@term", s.Term), ("@status", s.Status), ("@result", s.Result),
            ("@state", s.SerializeState()), ("@next_seq", s.NextSeq), ("@parent_case_id", s.ParentCaseId),
            ("@parent_token", s.ParentToken), ("@started_by", s.StartedBy), ("@started_at", s.StartedAt), ("@closed_at", s.ClosedAt));
        if (id is not long inserted)
        {
            return false;
        }

        s.Id = inserted;
        s.RowVersion = 1;
        return true;
    }

    public void LinkParent(IWorkflowTransaction tx, long caseId, long parentId, int parentToken) =>
        _commands.Execute(
            "UPDATE wf_cases SET parent_case_id = @parentId, parent_token = @parentToken WHERE id = @caseId AND parent_case_id IS NULL",
            Tx(tx), ("@parentId", parentId), ("@parentToken", parentToken), ("@caseId", caseId));
}
