using InternalControl.Localization;
using InternalControl.Workflows.Timers;
using InternalControl.Workflows.Runtime;
using Microsoft.Data.Sqlite;

namespace InternalControl.Workflows.Storage;

/// <summary>Writing one transition: the case row first (the version check), then everything it caused.</summary>
internal sealed partial class WorkflowStore
{
    /// <summary>Writes the case and its transition; false (and nothing written) when another writer changed the case first.</summary>
    public bool Write(SqliteTransaction tx, CaseState s, Transition t, string now)
    {
        var updated = _commands.Execute(
            """
            UPDATE wf_cases SET status = @status, result = @result, state = @state, next_seq = @next_seq,
                row_version = row_version + 1, closed_at = @closed_at
            WHERE id = @id AND row_version = @row_version
            """,
            tx,
            ("@status", s.Status), ("@result", s.Result), ("@state", s.SerializeState()), ("@next_seq", s.NextSeq),
            ("@closed_at", s.ClosedAt), ("@id", s.Id), ("@row_version", s.RowVersion));
        if (updated == 0)
        {
            return false;
        }

        foreach (var task in t.TaskUpdates)
        {
            _commands.Execute(
                """
                UPDATE wf_tasks SET role = @role, assignee = @assignee, claimed_by = @claimed_by, status = @status, outcome = @outcome,
                    fields = @fields, completed_by = @completed_by, completed_at = @completed_at
                WHERE id = @id
                """,
                tx,
                ("@role", task.Role), ("@assignee", task.Assignee), ("@claimed_by", task.ClaimedBy), ("@status", task.Status),
                ("@outcome", task.Outcome), ("@fields", task.Fields), ("@completed_by", task.CompletedBy), ("@completed_at", task.CompletedAt),
                ("@id", task.Id));
        }

        foreach (var id in t.FiredTimers)
        {
            _commands.Execute("UPDATE wf_timers SET status = 'fired' WHERE id = @id", tx, ("@id", id));
        }

        if (t.Closed)
        {
            // Closing cancels every open task and pending timer of the case, those of t.CancelTimers included.
            _commands.Execute("UPDATE wf_tasks SET status = 'cancelled' WHERE case_id = @id AND status = 'open'", tx, ("@id", s.Id));
            _commands.Execute("UPDATE wf_timers SET status = 'cancelled' WHERE case_id = @id AND status = 'pending'", tx, ("@id", s.Id));
        }
        else
        {
            foreach (var token in t.CancelTimers)
            {
                _commands.Execute(
                    "UPDATE wf_timers SET status = 'cancelled' WHERE case_id = @id AND token = @token AND status = 'pending'",
                    tx, ("@id", s.Id), ("@token", token));
            }
        }

        // A case that closed in this transition creates no live tasks or timers.
        var live = t.Closed ? "cancelled" : null;
        foreach (var task in t.NewTasks)
        {
            _commands.Execute(
                """
                INSERT INTO wf_tasks (school_id, case_id, token, step, role, assignee, claimed_by, status, created_at, due)
                VALUES (@school_id, @case_id, @token, @step, @role, @assignee, @claimed_by, @status, @created_at, @due)
                """,
                tx,
                ("@school_id", task.SchoolId), ("@case_id", task.CaseId), ("@token", task.Token), ("@step", task.Step), ("@role", task.Role),
                ("@assignee", task.Assignee), ("@claimed_by", task.ClaimedBy), ("@status", live ?? task.Status), ("@created_at", task.CreatedAt), ("@due", task.Due));
        }

        foreach (var timer in t.NewTimers)
        {
            InsertTimer(tx, timer, live ?? TimerKind.Pending, orIgnore: false);
        }

        var day = now[..10];
        foreach (var j in t.Journal)
        {
            _commands.Execute(
                """
                INSERT INTO wf_journal (school_id, case_id, seq, at, day, kind, step, actor, token, register, detail, data)
                VALUES (@school_id, @case_id, @seq, @at, @day, @kind, @step, @actor, @token, @register, @detail, @data)
                """,
                tx,
                ("@school_id", s.SchoolId), ("@case_id", s.Id), ("@seq", j.Seq), ("@at", now), ("@day", day), ("@kind", j.Kind.ToString()),
                ("@step", j.Step), ("@actor", j.Actor), ("@token", j.Token), ("@register", j.Register), ("@detail", j.Detail), ("@data", j.Data));
        }

        foreach (var m in t.Outbox)
        {
            _commands.Execute(
                """
                INSERT INTO wf_outbox (school_id, case_id, seq, recipient_kind, recipient_id, language, template, text, created_at)
                VALUES (@school_id, @case_id, @seq, @kind, @recipient, @language, @template, @text, @created_at)
                """,
                tx,
                ("@school_id", s.SchoolId), ("@case_id", s.Id), ("@seq", m.Seq), ("@kind", m.Recipient.Kind), ("@recipient", m.Recipient.Id),
                ("@language", m.Recipient.Language.Code()), ("@template", m.Template), ("@text", m.Text), ("@created_at", now));
        }

        if (t.ParentSignal is { } signal)
        {
            // A sub-case may end twice only through a bug; the unique key keeps the parent from hearing it twice.
            InsertTimer(tx, signal, TimerKind.Pending, orIgnore: true);
        }

        s.RowVersion++;
        return true;
    }

    private void InsertTimer(SqliteTransaction tx, TimerRecord timer, string status, bool orIgnore) =>
        _commands.Execute(
            (orIgnore ? "INSERT OR IGNORE" : "INSERT") + " INTO wf_timers (case_id, token, kind, due, payload, status) VALUES (@case_id, @token, @kind, @due, @payload, @status)",
            tx,
            ("@case_id", timer.CaseId), ("@token", timer.Token), ("@kind", timer.Kind), ("@due", timer.Due), ("@payload", timer.Payload), ("@status", status));
}
