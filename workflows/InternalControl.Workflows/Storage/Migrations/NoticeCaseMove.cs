using System.Data;
using System.Globalization;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// Moves the closed cases of the workflow <c>notice</c> (a notice kept as a case) into <c>wf_notices</c>, for migration 2201:
/// each becomes a notice with the same key (so a rule that runs again still finds it sent), its messages name the notice
/// instead of the case, and the case row, its journal entries, tasks and timers are deleted. Plain ADO.NET with parameters,
/// so the same code runs on SQLite and PostgreSQL.
/// </summary>
internal static class NoticeCaseMove
{
    /// <summary>The workflow name the notice cases were kept under.</summary>
    private const string NoticeCaseWorkflow = "notice";

    public static void Run(IDbConnection connection, IDbTransaction? transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var cases = new List<NoticeCase>();
        using (var read = Command(connection, transaction, """
            SELECT c.id, c.school_id, c.case_key, c.started_by, c.pupil_id, c.subject_id, c.term, c.started_at,
                (SELECT j.detail FROM wf_journal j WHERE j.case_id = c.id AND j.kind = 'NoRecipient' ORDER BY j.seq LIMIT 1),
                (SELECT count(*) FROM wf_outbox o WHERE o.case_id = c.id)
            FROM wf_cases c WHERE c.workflow = @workflow ORDER BY c.id
            """, ("@workflow", NoticeCaseWorkflow)))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                cases.Add(new NoticeCase(
                    reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), Text(reader, 4), Text(reader, 5), Text(reader, 6),
                    reader.GetString(7), Text(reader, 8), Convert.ToInt64(reader.GetValue(9), CultureInfo.InvariantCulture)));
            }
        }

        foreach (var c in cases)
        {
            using var insert = Command(connection, transaction, """
                INSERT INTO wf_notices (school_id, notice_key, rule, role, template, pupil_id, subject_id, term, recipients, created_at)
                VALUES (@school_id, @key, @rule, @role, @template, @pupil_id, @subject_id, @term, @recipients, @created_at)
                RETURNING id
                """,
                ("@school_id", c.SchoolId), ("@key", c.Key), ("@rule", c.Rule), ("@role", c.Recipients == 0 ? c.NoRecipientRole : null),
                ("@template", TemplateOf(c.Key)), ("@pupil_id", c.PupilId), ("@subject_id", c.SubjectId), ("@term", c.Term),
                ("@recipients", c.Recipients), ("@created_at", c.StartedAt));
            var noticeId = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
            Execute(connection, transaction, "UPDATE wf_outbox SET notice_id = @notice_id, case_id = NULL WHERE case_id = @case_id",
                ("@notice_id", noticeId), ("@case_id", c.Id));
            foreach (var table in new[] { "wf_journal", "wf_tasks", "wf_timers" })
            {
                // The table names are this code's own, never input.
                Execute(connection, transaction, $"DELETE FROM {table} WHERE case_id = @case_id", ("@case_id", c.Id));
            }

            Execute(connection, transaction, "DELETE FROM wf_cases WHERE id = @case_id", ("@case_id", c.Id));
        }
    }

    /// <summary>The text's key in a notice key (<c>rule=…;message=KEY;pupil=…</c>); the whole key when it has no such part.</summary>
    internal static string TemplateOf(string key)
    {
        const string Start = ";message=";
        const string End = ";pupil=";
        var from = key.IndexOf(Start, StringComparison.Ordinal);
        var to = key.LastIndexOf(End, StringComparison.Ordinal);
        return from >= 0 && to > from ? key[(from + Start.Length)..to] : key;
    }

    private static string? Text(IDataRecord reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static void Execute(IDbConnection connection, IDbTransaction? transaction, string sql, params (string Name, object? Value)[] args)
    {
        using var command = Command(connection, transaction, sql, args);
        command.ExecuteNonQuery();
    }

    private static IDbCommand Command(IDbConnection connection, IDbTransaction? transaction, string sql, params (string Name, object? Value)[] args)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in args)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private sealed record NoticeCase(
        long Id, long SchoolId, string Key, string Rule, string? PupilId, string? SubjectId, string? Term, string StartedAt, string? NoRecipientRole, long Recipients);
}
