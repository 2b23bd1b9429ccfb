using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Text;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Storage;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Workflows.Runtime;

/// <summary>The task inbox: list, claim, complete, reassign, comment.</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>The tasks of this school that match the query, oldest due first.</summary>
    public IReadOnlyList<WorkflowTask> Tasks(TaskQuery? query = null) =>
        [.. _store.Tasks(SchoolId, query ?? new TaskQuery()).Select(ToTask)];

    /// <summary>One task by id, or null.</summary>
    public WorkflowTask? Task(long taskId) =>
        _store.LoadTask(taskId) is { } task && task.SchoolId == SchoolId
            ? Tasks(new TaskQuery(OpenOnly: false, CaseId: task.CaseId)).FirstOrDefault(t => t.Id == taskId)
            : null;

    /// <summary>
    /// Completes a task with an outcome and form fields (name to value). A wrong outcome, an unknown
    /// field, a missing required field or a value of the wrong type is refused and changes nothing.
    /// </summary>
    public WorkflowResult Complete(long taskId, string outcome, IReadOnlyDictionary<string, string> fields, string actor)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var today = Context().Today;
        return OnTask(taskId, actor, (state, machine, task, step) =>
        {
            var error = FormValidator.Validate(step, state.Workflow, outcome, fields, today, out var normalized);
            if (error is not null)
            {
                return error;
            }

            machine.Complete(task, step.Outcome(outcome)!, normalized);
            return null;
        });
    }

    /// <summary>Takes an open task: the claimant becomes its assignee. A task claimed by someone else is refused.</summary>
    public WorkflowResult Claim(long taskId, string staffId) =>
        OnTask(taskId, staffId, (_, machine, task, _) =>
        {
            if (_people.Staff(staffId) is null)
            {
                return Diagnostic.ErrorOf("Workflows.Error.UnknownStaff", staffId);
            }

            if (task.ClaimedBy is { } other && other != staffId)
            {
                return Diagnostic.ErrorOf("Workflows.Error.AlreadyClaimed", taskId);
            }

            machine.Claim(task, staffId);
            return null;
        });

    /// <summary>Hands an open task to another member of staff (someone is away); the reason goes to the journal.</summary>
    public WorkflowResult Reassign(long taskId, string toStaffId, string reason, string actor) =>
        OnTask(taskId, actor, (_, machine, task, _) =>
        {
            if (_people.Staff(toStaffId) is null)
            {
                return Diagnostic.ErrorOf("Workflows.Error.UnknownStaff", toStaffId);
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                return Diagnostic.ErrorOf("Workflows.Error.ReasonRequired");
            }

            if (NoteProblem(reason, out var text) is { } problem)
            {
                return problem;
            }

            machine.Reassign(task, toStaffId, text);
            return null;
        });

    /// <summary>Adds a comment to a task's case journal.</summary>
    public WorkflowResult Comment(long taskId, string text, string actor) =>
        OnTask(taskId, actor, (_, machine, task, _) =>
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return Diagnostic.ErrorOf("Workflows.Error.EmptyComment");
            }

            if (NoteProblem(text, out var note) is { } problem)
            {
                return problem;
            }

            machine.Comment(task, note);
            return null;
        }, openOnly: false);

    /// <summary>A reason or comment: line breaks allowed, no other control characters, at most <see cref="TextLimits.Note"/>.</summary>
    private static Diagnostic? NoteProblem(string value, out string text)
    {
        var checkedText = TextCheck.Check(value.Trim().Replace("\r\n", "\n", StringComparison.Ordinal), id: false, TextLimits.Note, out var problem, lines: true);
        text = checkedText ?? "";
        if (checkedText is not null)
        {
            return null;
        }

        var key = problem.Key == "Text.TooLong" ? "Workflows.Error.NoteTooLong" : "Workflows.Error.NoteControl";
        return Diagnostic.ErrorOf(key, problem.Args[0], problem.Args[1]);
    }

    private WorkflowResult OnTask(long taskId, string actor, Func<CaseState, CaseMachine, TaskRecord, TaskStep, Diagnostic?> act, bool openOnly = true)
    {
        var first = _store.LoadTask(taskId);
        if (first is null || first.SchoolId != SchoolId)
        {
            return WorkflowResult.Refuse("Workflows.Error.TaskNotFound", taskId);
        }

        return Advance(first.CaseId, actor, (state, machine) =>
        {
            // Read after the case: a task another process finished since shows as finished here,
            // or else that process's write changed the case version and this attempt is retried.
            var task = _store.LoadTask(taskId)!;
            if (openOnly && task.Status != WorkTaskStatus.Open)
            {
                return Diagnostic.ErrorOf("Workflows.Error.TaskClosed", taskId);
            }

            var definition = Definition(state.Workflow, state.Version, state.Hash)!;
            return act(state, machine, task, (TaskStep)definition.RequireStep(task.Step));
        });
    }

    private WorkflowTask ToTask(TaskListing r)
    {
        var step = Definition(r.Workflow, (int)r.Version, r.Hash)?.Step(r.Step) as TaskStep;
        return new WorkflowTask(
            r.Id,
            r.CaseId,
            r.Workflow,
            r.Step,
            r.Role,
            r.Assignee,
            r.ClaimedBy,
            r.PupilId,
            r.SubjectId,
            IsoDate.ParseOrNull(r.Due),
            r.Status,
            step?.Outcomes.Select(o => o.Name).ToList() ?? [],
            step?.Fields ?? []);
    }
}
