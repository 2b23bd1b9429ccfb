using Dapper;
using InternalControl.Workflows.Runtime;
using Microsoft.Data.Sqlite;

namespace InternalControl.Workflows.Storage;

/// <summary>Writing one transition: the case row first (the version check), then everything it caused.</summary>
internal sealed partial class WorkflowStore
{
    /// <summary>Writes the case and its transition; false (and nothing written) when another writer changed the case first.</summary>
    public bool Write(SqliteTransaction tx, CaseState s, Transition t, string now)
    {
        var updated = connection.Execute(
            """
            UPDATE wf_cases SET status = @Status, result = @Result, state = @State, next_seq = @NextSeq,
                row_version = row_version + 1, closed_at = @ClosedAt
            WHERE id = @Id AND row_version = @RowVersion
            """,
            new { s.Status, s.Result, State = s.SerializeState(), s.NextSeq, s.ClosedAt, s.Id, s.RowVersion }, tx);
        if (updated == 0)
        {
            return false;
        }

        foreach (var task in t.TaskUpdates)
        {
            connection.Execute(
                """
                UPDATE wf_tasks SET role = @Role, assignee = @Assignee, claimed_by = @ClaimedBy, status = @Status, outcome = @Outcome,
                    fields = @Fields, completed_by = @CompletedBy, completed_at = @CompletedAt
                WHERE id = @Id
                """,
                task, tx);
        }

        foreach (var token in t.CancelTimers)
        {
            connection.Execute(
                "UPDATE wf_timers SET status = 'cancelled' WHERE case_id = @Id AND token = @token AND status = 'pending'",
                new { s.Id, token }, tx);
        }

        foreach (var id in t.FiredTimers)
        {
            connection.Execute("UPDATE wf_timers SET status = 'fired' WHERE id = @id", new { id }, tx);
        }

        if (t.Closed)
        {
            connection.Execute("UPDATE wf_tasks SET status = 'cancelled' WHERE case_id = @Id AND status = 'open'", new { s.Id }, tx);
            connection.Execute("UPDATE wf_timers SET status = 'cancelled' WHERE case_id = @Id AND status = 'pending'", new { s.Id }, tx);
        }

        // A case that closed in this transition creates no live tasks or timers.
        var state = t.Closed ? "cancelled" : null;
        foreach (var task in t.NewTasks)
        {
            connection.Execute(
                """
                INSERT INTO wf_tasks (school_id, case_id, token, step, role, assignee, claimed_by, status, created_at, due)
                VALUES (@SchoolId, @CaseId, @Token, @Step, @Role, @Assignee, @ClaimedBy, COALESCE(@state, @Status), @CreatedAt, @Due)
                """,
                new { task.SchoolId, task.CaseId, task.Token, task.Step, task.Role, task.Assignee, task.ClaimedBy, state, task.Status, task.CreatedAt, task.Due }, tx);
        }

        foreach (var timer in t.NewTimers)
        {
            connection.Execute(
                "INSERT INTO wf_timers (case_id, token, kind, due, payload, status) VALUES (@CaseId, @Token, @Kind, @Due, @Payload, COALESCE(@state, 'pending'))",
                new { timer.CaseId, timer.Token, timer.Kind, timer.Due, timer.Payload, state }, tx);
        }

        var day = now[..10];
        foreach (var j in t.Journal)
        {
            connection.Execute(
                """
                INSERT INTO wf_journal (school_id, case_id, seq, at, day, kind, step, actor, token, register, detail, data)
                VALUES (@SchoolId, @CaseId, @Seq, @now, @day, @Kind, @Step, @Actor, @Token, @Register, @Detail, @Data)
                """,
                new { s.SchoolId, CaseId = s.Id, j.Seq, now, day, Kind = j.Kind.ToString(), j.Step, j.Actor, j.Token, j.Register, j.Detail, j.Data }, tx);
        }

        foreach (var m in t.Outbox)
        {
            connection.Execute(
                """
                INSERT INTO wf_outbox (school_id, case_id, seq, recipient_kind, recipient_id, language, template, text, created_at)
                VALUES (@SchoolId, @CaseId, @Seq, @Kind, @RecipientId, @Language, @Template, @Text, @now)
                """,
                new { s.SchoolId, CaseId = s.Id, m.Seq, m.Recipient.Kind, RecipientId = m.Recipient.Id, Language = Localization.Languages.Code(m.Recipient.Language), m.Template, m.Text, now }, tx);
        }

        if (t.ParentSignal is { } signal)
        {
            connection.Execute(
                "INSERT OR IGNORE INTO wf_timers (case_id, token, kind, due, payload, status) VALUES (@CaseId, @Token, @Kind, @Due, @Payload, 'pending')",
                signal, tx);
        }

        s.RowVersion++;
        return true;
    }
}
