using System.Globalization;
using System.Text.Json;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Outbox;
using InternalControl.Workflows.Tasks;
using InternalControl.Workflows.Timers;

namespace InternalControl.Workflows.Runtime;

/// <summary>
/// Moves one case through its definition for one event, in memory: it changes the case state and
/// collects what the transition writes (<see cref="Effects"/>). It reads no database and no clock,
/// so a transition is repeatable and the store can write it in one transaction.
/// </summary>
internal sealed partial class CaseMachine(WorkflowDefinition definition, CaseState state, RuntimeContext context, string actor)
{
    public Transition Effects { get; } = new();

    private int? Grade => context.People.ClassOf(state.PupilId)?.GradeLevel;

    /// <summary>Starts a new case at its first step.</summary>
    public void Begin()
    {
        Write(JournalKind.Started, null, null, detail: state.StartedBy);
        var token = new Token { Id = state.NextToken++, Step = definition.StartStep.Id };
        state.Tokens.Add(token);
        Run(token);
    }

    /// <summary>Completes a task with a validated outcome and form.</summary>
    public void Complete(TaskRecord task, OutcomeDefinition outcome, IReadOnlyDictionary<string, string> fields)
    {
        var token = state.Tokens.First(t => t.Id == task.Token);
        var step = (TaskStep)definition.RequireStep(task.Step);
        var data = fields.Count == 0 ? null : JsonSerializer.Serialize(fields);
        Write(JournalKind.TaskCompleted, step.Id, token.Id, step.Register, outcome.Name, data);
        foreach (var (name, value) in fields)
        {
            state.Variables[name] = value;
        }

        // A task step's name counts its completions in the case (No. 97 8.1: the calls to a parent recorded so far).
        state.Variables[step.Id] = CompletionsAfter(state.Variables, step.Id).ToString(CultureInfo.InvariantCulture);

        Effects.TaskUpdates.Add(task with
        {
            Status = WorkTaskStatus.Completed,
            Outcome = outcome.Name,
            Fields = data,
            CompletedBy = actor,
            CompletedAt = context.NowText,
        });
        Effects.CancelTimers.Add(token.Id);
        MoveAndRun(token, outcome.Next);
    }

    /// <summary>How many times the task of step <paramref name="stepId"/> has been completed, the one being completed included.</summary>
    internal static int CompletionsAfter(IReadOnlyDictionary<string, string> variables, string stepId) =>
        (variables.TryGetValue(stepId, out var done) && int.TryParse(done, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 0) + 1;

    /// <summary>Hands a task to another member of staff, with the reason in the journal.</summary>
    public void Reassign(TaskRecord task, string staffId, string reason)
    {
        var data = JsonSerializer.Serialize(new Dictionary<string, string?> { ["from"] = task.Assignee, ["to"] = staffId });
        var seq = Write(JournalKind.Reassigned, task.Step, task.Token, detail: reason, data: data);
        Effects.TaskUpdates.Add(task with { Role = context.People.RoleFor(staffId, task.Role), Assignee = staffId, ClaimedBy = null });
        SendTo(seq, context.People.ById(staffId, "staff"), "Task.Reassigned", task.Step, IsoDate.ParseOrNull(task.Due));
    }

    /// <summary>Takes a task: the claimant becomes its assignee.</summary>
    public void Claim(TaskRecord task, string staffId)
    {
        Write(JournalKind.Claimed, task.Step, task.Token, detail: staffId);
        Effects.TaskUpdates.Add(task with { Role = context.People.RoleFor(staffId, task.Role), Assignee = staffId, ClaimedBy = staffId });
    }

    /// <summary>Adds a comment to the case (on a task, when given).</summary>
    public void Comment(TaskRecord? task, string text) =>
        Write(JournalKind.Commented, task?.Step, task?.Token, detail: text);

    /// <summary>Records that the recipient of outbox message <paramref name="messageId"/> read it.</summary>
    public void Acknowledge(long messageId) =>
        Write(JournalKind.Acknowledged, null, null, detail: messageId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Fires a timer that came due; a timer whose token has moved on does nothing.</summary>
    public void Fire(TimerRecord timer, TaskRecord? task)
    {
        Effects.FiredTimers.Add(timer);
        var token = state.Tokens.FirstOrDefault(t => t.Id == timer.Token);
        if (token is null || !state.IsOpen)
        {
            return;
        }

        var step = definition.RequireStep(token.Step);
        switch (timer.Kind)
        {
            case TimerKind.Wait when step is WaitStep wait:
                Write(JournalKind.WaitElapsed, step.Id, token.Id);
                MoveAndRun(token, wait.Next);
                break;
            case TimerKind.SubCase when step is SubWorkflowStep sub:
                state.Variables[sub.Id] = timer.Payload ?? "";
                Write(JournalKind.SubEnded, step.Id, token.Id, detail: timer.Payload);
                MoveAndRun(token, sub.Next);
                break;
            case TimerKind.Remind when task is { Status: WorkTaskStatus.Open }:
                SendTo(Write(JournalKind.Reminded, step.Id, token.Id, detail: task.Due), context.People.ById(task.Assignee, task.Role), "Task.Reminder", step.Id, IsoDate.ParseOrNull(task.Due), step.Asks);
                break;
            case TimerKind.Overdue when task is { Status: WorkTaskStatus.Open }:
                SendTo(Write(JournalKind.DeadlineMissed, step.Id, token.Id, detail: task.Due), context.People.ById(task.Assignee, task.Role), "Task.Overdue", step.Id, IsoDate.ParseOrNull(task.Due), step.Asks);
                break;
            case TimerKind.Escalate when task is { Status: WorkTaskStatus.Open } && step is TaskStep { Deadline.EscalateTo: { } role }:
                Escalate(task, role);
                break;
            case TimerKind.Escalate when task is { Status: WorkTaskStatus.Open } && step is TaskStep { Deadline.EscalateStep: { } own }:
                EscalateBeside(task, (TaskStep)definition.RequireStep(own));
                break;
        }

        if (task is { Status: WorkTaskStatus.Open } && timer.Kind is TimerKind.Remind or TimerKind.Overdue or TimerKind.Escalate)
        {
            NextDeadlineTimer(token, step, task, timer.Kind);
        }
    }

    private void Escalate(TaskRecord task, WorkflowRole role)
    {
        var to = context.People.Resolve(role, state).FirstOrDefault();
        var data = JsonSerializer.Serialize(new Dictionary<string, string?> { ["from"] = task.Assignee, ["to"] = to?.Id });
        var seq = Write(JournalKind.Escalated, task.Step, task.Token, detail: role.Code(), data: data);
        Effects.TaskUpdates.Add(task with { Role = role.Code(), Assignee = to?.Id, ClaimedBy = null });
        SendTo(seq, to, "Task.Escalated", task.Step, IsoDate.ParseOrNull(task.Due));
    }

    /// <summary>
    /// 10.2: the escalation opens a task of its own on a new line of the case (a token outside any parallel); the
    /// late task stays with its owner. The new line ends when its task is done (its outcomes lead to join).
    /// </summary>
    private void EscalateBeside(TaskRecord task, TaskStep own)
    {
        var to = context.People.Resolve(own.Role, state).FirstOrDefault();
        var data = JsonSerializer.Serialize(new Dictionary<string, string?> { ["from"] = task.Assignee, ["to"] = to?.Id, ["step"] = own.Id });
        Write(JournalKind.Escalated, task.Step, task.Token, detail: own.Role.Code(), data: data);
        var line = new Token { Id = state.NextToken++, Step = own.Id };
        state.Tokens.Add(line);
        CreateTask(own, line);
    }

    /// <summary>A date in the past (the year ended before the case got here) is today: the wait ends at the next tick.</summary>
    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private void MoveAndRun(Token token, string target)
    {
        if (target == WorkflowDefinition.Join)
        {
            JoinBranch(token);
            return;
        }

        token.Step = target;
        Run(token);
    }

    /// <summary>Runs a token through automatic steps until it rests at a task, a wait, a sub-workflow, a join or the end.</summary>
    private void Run(Token token)
    {
        while (state.IsOpen)
        {
            var step = definition.RequireStep(token.Step);
            string next;
            switch (step)
            {
                case NotifyStep notify:
                    Notify(notify, token);
                    next = notify.Next;
                    break;
                case DecideStep decide:
                    next = decide.Choose(state.Variables);
                    Write(JournalKind.Decided, decide.Id, token.Id, detail: next);
                    break;
                case TaskStep task:
                    Rest(token);
                    CreateTask(task, token);
                    return;
                case WaitStep wait:
                    Rest(token);
                    var due = wait.Until
                        ?? (WaitDate.Of(wait, state.Variables) is { } held ? Later(held, context.Today) : (DateOnly?)null)
                        ?? (wait.UntilYearEnd ? Later(context.Calendar.End, context.Today) : context.Calendar.AddSchoolDays(context.Today, wait.SchoolDays ?? 0, Grade));
                    AddTimer(token, TimerKind.Wait, due);
                    Write(JournalKind.Waiting, wait.Id, token.Id, detail: IsoDate.Text(due));
                    return;
                case ParallelStep parallel:
                    Fork(parallel, token);
                    return;
                case SubWorkflowStep sub:
                    Rest(token);
                    StartSub(sub, token);
                    return;
                case EndStep end:
                    Close(end);
                    return;
                default:
                    throw new InvalidOperationException($"Workflow '{definition.Name}': unknown step kind {step.GetType().Name}.");
            }

            if (next == WorkflowDefinition.Join)
            {
                JoinBranch(token);
                return;
            }

            token.Step = next;
        }
    }
}
