using InternalControl.Localization;
using InternalControl.Storage.Database;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Timers;

namespace InternalControl.Workflows.Storage;

/// <summary>Writing one transition: the case row first (the version check), then everything it caused.</summary>
internal sealed partial class SqlWorkflowStore
{
    public bool Write(IWorkflowTransaction tx, CaseState s, Transition t, string now) => Write(Tx(tx)!, s, t, now);

    public void WriteEffects(IWorkflowTransaction tx, CaseState s, Transition t, string now) => WriteEffects(Tx(tx)!, s, t, now);

    private bool Write(WriteTransaction tx, CaseState s, Transition t, string now)
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

        WriteEffects(tx, s, t, now);
        s.RowVersion++;
        return true;
    }

    private void WriteEffects(WriteTransaction tx, CaseState s, Transition t, string now)
    {
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

        foreach (var timer in t.FiredTimers)
        {
            _commands.Execute(
                "UPDATE wf_timers SET status = 'fired' WHERE case_id = @case_id AND token = @token AND kind = @kind",
                tx, ("@case_id", timer.CaseId), ("@token", timer.Token), ("@kind", timer.Kind));
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
                ("@school_id", task.SchoolId), ("@case_id", s.Id), ("@token", task.Token), ("@step", task.Step), ("@role", task.Role),
                ("@assignee", task.Assignee), ("@claimed_by", task.ClaimedBy), ("@status", live ?? task.Status), ("@created_at", task.CreatedAt), ("@due", task.Due));
        }

        if (t.NewTimers.Count > 0)
        {
            var args = new (string, object?)[2 + (4 * t.NewTimers.Count)];
            args[0] = ("@case_id", s.Id);
            args[1] = ("@status", live ?? TimerKind.Pending);
            for (var i = 0; i < t.NewTimers.Count; i++)
            {
                var timer = t.NewTimers[i];
                var at = 2 + (4 * i);
                args[at] = (RowsSql.Name("@token", i), timer.Token);
                args[at + 1] = (RowsSql.Name("@kind", i), timer.Kind);
                args[at + 2] = (RowsSql.Name("@due", i), timer.Due);
                args[at + 3] = (RowsSql.Name("@payload", i), timer.Payload);
            }

            _commands.Execute(RowsSql.Timers(t.NewTimers.Count), tx, args);
        }

        // Journal entries and messages go in one statement each: a transition writes several of both.
        if (t.Journal.Count > 0)
        {
            var args = new (string, object?)[4 + (8 * t.Journal.Count)];
            args[0] = ("@school_id", s.SchoolId);
            args[1] = ("@case_id", s.Id);
            args[2] = ("@at", now);
            args[3] = ("@day", now[..10]);
            for (var i = 0; i < t.Journal.Count; i++)
            {
                var j = t.Journal[i];
                var at = 4 + (8 * i);
                args[at] = (RowsSql.Name("@seq", i), j.Seq);
                args[at + 1] = (RowsSql.Name("@kind", i), j.Kind.ToString());
                args[at + 2] = (RowsSql.Name("@step", i), j.Step);
                args[at + 3] = (RowsSql.Name("@actor", i), j.Actor);
                args[at + 4] = (RowsSql.Name("@token", i), j.Token);
                args[at + 5] = (RowsSql.Name("@register", i), j.Register);
                args[at + 6] = (RowsSql.Name("@detail", i), j.Detail);
                args[at + 7] = (RowsSql.Name("@data", i), j.Data);
            }

            _commands.Execute(RowsSql.Journal(t.Journal.Count), tx, args);
        }

        if (t.Outbox.Count > 0)
        {
            var args = new (string, object?)[3 + (7 * t.Outbox.Count)];
            args[0] = ("@school_id", s.SchoolId);
            args[1] = ("@case_id", s.Id);
            args[2] = ("@created_at", now);
            for (var i = 0; i < t.Outbox.Count; i++)
            {
                var m = t.Outbox[i];
                var at = 3 + (7 * i);
                args[at] = (RowsSql.Name("@seq", i), m.Seq);
                args[at + 1] = (RowsSql.Name("@kind", i), m.Recipient.Kind);
                args[at + 2] = (RowsSql.Name("@recipient", i), m.Recipient.Id);
                args[at + 3] = (RowsSql.Name("@language", i), m.Recipient.Language.Code());
                args[at + 4] = (RowsSql.Name("@template", i), m.Template);
                args[at + 5] = (RowsSql.Name("@text", i), m.Text);
                args[at + 6] = (RowsSql.Name("@asks", i), m.Asks ? 1L : 0L);
            }

            _commands.Execute(RowsSql.Outbox(t.Outbox.Count), tx, args);
        }

        if (t.ParentSignal is { } signal)
        {
            // A sub-case may end twice only through a bug; the unique key keeps the parent from hearing it twice.
            InsertTimer(tx, signal, TimerKind.Pending, orIgnore: true);
        }
    }

    private void InsertTimer(WriteTransaction tx, TimerRecord timer, string status, bool orIgnore) =>
        _commands.Execute(
            "INSERT INTO wf_timers (case_id, token, kind, due, payload, status) VALUES (@case_id, @token, @kind, @due, @payload, @status)"
                + (orIgnore ? " ON CONFLICT DO NOTHING" : ""),
            tx,
            ("@case_id", timer.CaseId), ("@token", timer.Token), ("@kind", timer.Kind), ("@due", timer.Due), ("@payload", timer.Payload), ("@status", status));
}
