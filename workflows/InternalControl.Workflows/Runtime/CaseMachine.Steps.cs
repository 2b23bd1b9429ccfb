using InternalControl.Kernel.Time;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Outbox;
using InternalControl.Workflows.Tasks;
using InternalControl.Workflows.Timers;

namespace InternalControl.Workflows.Runtime;

/// <summary>The steps' effects: tasks, notifications, forks and joins, sub-cases, the end.</summary>
internal sealed partial class CaseMachine
{
    /// <summary>A token coming to rest takes a new id, so its task and timers are new rows even on a loop.</summary>
    private void Rest(Token token) => token.Id = state.NextToken++;

    private void Notify(NotifyStep notify, Token token)
    {
        var seq = Write(JournalKind.Notified, notify.Id, token.Id, detail: notify.Template);
        var any = false;
        // One person may hold two of the roles (a class teacher who teaches the subject): one message each.
        foreach (var recipient in notify.Recipients.SelectMany(role => context.People.Resolve(role, state)).DistinctBy(r => (r.Kind, r.Id)))
        {
            any = true;
            SendTo(seq, recipient, notify.Template, null, null, notify.Asks);
        }

        if (!any)
        {
            Write(JournalKind.NoRecipient, notify.Id, token.Id, detail: string.Join(",", notify.Recipients.Select(r => r.Code())));
        }
    }

    private void CreateTask(TaskStep step, Token token)
    {
        var (assignee, role) = Assignee(step, token);
        var due = step.Deadline is { } d ? context.Calendar.AddSchoolDays(context.Today, d.DueDays, Grade) : (DateOnly?)null;
        Effects.NewTasks.Add(new TaskRecord
        {
            SchoolId = state.SchoolId,
            CaseId = state.Id,
            Token = token.Id,
            Step = step.Id,
            Role = role.Code(),
            Assignee = assignee?.Id,
            Status = WorkTaskStatus.Open,
            CreatedAt = context.NowText,
            Due = due is { } dd ? IsoDate.Text(dd) : null,
        });
        var seq = Write(JournalKind.TaskCreated, step.Id, token.Id, detail: role.Code(), data: assignee?.Id);
        SendTo(seq, assignee, "Task.Assigned", step.Id, due, step.Asks);
        if (step.Deadline is { } deadline)
        {
            var (kind, when) = DeadlineTimers(deadline, context.Today)[0];
            AddTimer(token, kind, when);
        }
    }

    /// <summary>
    /// Whose task it is, and under which role: the member of staff the step's assignee variable names (the plan's
    /// responsible person, the teacher a remediation is about), or the holder of the step's assignee role (the
    /// methodological council's head), who then holds it in that role; else the step's role's holder. A variable that
    /// is missing or names nobody on the school's staff, or a role nobody holds, is journalled before the task, so the
    /// case's timeline says why the role's holder has it.
    /// </summary>
    private (Recipient? Assignee, WorkflowRole Role) Assignee(TaskStep step, Token token)
    {
        if (step.Assignee is { } variable)
        {
            var id = state.Variables.GetValueOrDefault(variable);
            if (context.People.Staff(id) is { } staff)
            {
                return (new Recipient(Recipient.StaffKind, staff.Id, staff.Language), step.Role);
            }

            Write(JournalKind.AssigneeFallback, step.Id, token.Id, detail: variable, data: id);
        }

        if (step.AssigneeRole is { } assigneeRole)
        {
            if (context.People.Resolve(assigneeRole, state).FirstOrDefault() is { } holder)
            {
                return (holder, assigneeRole);
            }

            Write(JournalKind.AssigneeRoleVacant, step.Id, token.Id, detail: assigneeRole.Code());
        }

        return (context.People.Resolve(step.Role, state).FirstOrDefault(), step.Role);
    }

    /// <summary>
    /// A task's deadline timers in the order they fire: reminder, missed deadline, escalation. Only the next one is
    /// pending at a time (<see cref="NextDeadlineTimer"/>): most tasks are done before their reminder, so a task
    /// costs one timer row to start and to finish instead of three.
    /// </summary>
    private List<(string Kind, DateOnly Due)> DeadlineTimers(TaskDeadline deadline, DateOnly from)
    {
        var timers = new List<(string Kind, DateOnly Due)>();
        if (deadline.RemindDays is { } remind)
        {
            timers.Add((TimerKind.Remind, context.Calendar.AddSchoolDays(from, remind, Grade)));
        }

        // The deadline is missed when the school day after it begins.
        timers.Add((TimerKind.Overdue, context.Calendar.AddSchoolDays(from, deadline.DueDays + 1, Grade)));
        if (deadline.EscalateDays is { } escalate)
        {
            timers.Add((TimerKind.Escalate, context.Calendar.AddSchoolDays(from, escalate, Grade)));
        }

        // A stable sort: timers due the same day keep the order above.
        return [.. timers.OrderBy(t => t.Due)];
    }

    /// <summary>After a deadline timer fired on a task still open, the next one in line, counted from the task's first day.</summary>
    private void NextDeadlineTimer(Token token, StepDefinition step, TaskRecord task, string fired)
    {
        if (step is not TaskStep { Deadline: { } deadline })
        {
            return;
        }

        var timers = DeadlineTimers(deadline, IsoDate.Parse(task.CreatedAt[..10]));
        var index = timers.FindIndex(t => t.Kind == fired);
        if (index >= 0 && index + 1 < timers.Count)
        {
            AddTimer(token, timers[index + 1].Kind, timers[index + 1].Due);
        }
    }

    private void Fork(ParallelStep parallel, Token token)
    {
        Write(JournalKind.ParallelStarted, parallel.Id, token.Id, detail: string.Join(",", parallel.Branches));
        var frame = new Frame { Id = state.NextToken++, Step = parallel.Id, Parent = token.Frame, Remaining = parallel.Branches.Count };
        state.Frames.Add(frame);
        state.Tokens.Remove(token);
        var branches = parallel.Branches.Select(b => new Token { Id = state.NextToken++, Step = b, Frame = frame.Id }).ToList();
        state.Tokens.AddRange(branches);
        foreach (var branch in branches)
        {
            // A branch may end the whole case; the rest then has nothing to run.
            if (state.IsOpen && state.Tokens.Contains(branch))
            {
                Run(branch);
            }
        }
    }

    private void JoinBranch(Token token)
    {
        state.Tokens.Remove(token);
        if (token.Frame is null)
        {
            // A line of its own (an escalation's task, 10.2) ends here; the case goes on along its other lines.
            Write(JournalKind.BranchJoined, token.Step, token.Id, detail: "0");
            return;
        }

        var frame = state.Frames.First(f => f.Id == token.Frame);
        frame.Remaining--;
        Write(JournalKind.BranchJoined, frame.Step, token.Id, detail: frame.Remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (frame.Remaining > 0)
        {
            return;
        }

        state.Frames.Remove(frame);
        var parallel = (ParallelStep)definition.RequireStep(frame.Step);
        var after = new Token { Id = state.NextToken++, Step = frame.Step, Frame = frame.Parent };
        state.Tokens.Add(after);
        MoveAndRun(after, parallel.Next);
    }

    private void StartSub(SubWorkflowStep sub, Token token)
    {
        if (context.Catalog.Latest(sub.Workflow) is null)
        {
            // The token stays here; a later definition set that has the workflow can be started by hand.
            Write(JournalKind.Incident, sub.Id, token.Id, detail: sub.Workflow);
            return;
        }

        Effects.SubStarts.Add((sub.Workflow, token.Id));
        Write(JournalKind.SubStarted, sub.Id, token.Id, detail: sub.Workflow);
    }

    private void Close(EndStep end)
    {
        state.Status = CaseStatus.Closed;
        state.Result = end.Result;
        state.ClosedAt = context.NowText;
        state.Tokens.Clear();
        state.Frames.Clear();
        Write(JournalKind.Ended, end.Id, null, detail: end.Result);
        Effects.Closed = true;
        if (state.ParentCaseId is { } parent && state.ParentToken is { } parentToken)
        {
            Effects.ParentSignal = new TimerRecord
            {
                CaseId = parent,
                Token = parentToken,
                Kind = TimerKind.SubCase,
                Due = IsoDate.Text(context.Today),
                Payload = end.Result,
            };
        }
    }

    private void AddTimer(Token token, string kind, DateOnly due) =>
        Effects.NewTimers.Add(new TimerRecord { CaseId = state.Id, Token = token.Id, Kind = kind, Due = IsoDate.Text(due) });

    private int Write(JournalKind kind, string? step, int? token, string? register = null, string? detail = null, string? data = null)
    {
        var seq = state.NextSeq++;
        Effects.Journal.Add(new JournalWrite(seq, kind, step, actor, token, register, detail, data));
        return seq;
    }

    /// <summary>A message to <paramref name="recipient"/>; <paramref name="asks"/> when its step asks them something (<c>ask</c>).</summary>
    private void SendTo(int seq, Recipient? recipient, string template, string? step, DateOnly? due, bool asks = false)
    {
        if (recipient is null)
        {
            return;
        }

        var text = NotificationRenderer.Render(template, recipient.Language, state, context.People, step, due);
        Effects.Outbox.Add(new OutboxWrite(seq, recipient, template, text) { Asks = asks });
    }
}
