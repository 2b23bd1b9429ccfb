using Dapper;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Workflows.Runtime;

/// <summary>The task inbox: list, claim, complete, reassign, comment.</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>The tasks of this school that match the query, oldest due first.</summary>
    public IReadOnlyList<WorkflowTask> Tasks(TaskQuery? query = null)
    {
        query ??= new TaskQuery();
        // Only the filters given go into the query, so that SQLite can use the case's or the inbox's index.
        var filters = (query.Role is null ? "" : " AND t.role = @Role")
            + (query.Assignee is null ? "" : " AND t.assignee = @Assignee")
            + (query.OpenOnly ? " AND t.status = 'open'" : "")
            + (query.CaseId is null ? "" : " AND t.case_id = @CaseId");
        var rows = _connection.Query<TaskRow>(
            $"""
            SELECT t.id AS Id, t.case_id AS CaseId, c.workflow AS Workflow, c.version AS Version, c.hash AS Hash, t.step AS Step, t.role AS Role,
                t.assignee AS Assignee, t.claimed_by AS ClaimedBy, c.pupil_id AS PupilId, c.subject_id AS SubjectId, t.due AS Due, t.status AS Status
            FROM wf_tasks t JOIN wf_cases c ON c.id = t.case_id
            WHERE t.school_id = @SchoolId{filters}
            ORDER BY COALESCE(t.due, '9999-12-31'), t.id
            """,
            new { SchoolId, query.Role, query.Assignee, query.CaseId });
        return [.. rows.Select(ToTask)];
    }

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
        return OnTask(taskId, actor, (state, machine, task, step) =>
        {
            var error = FormValidator.Validate(step, state.Workflow, outcome, fields, out var normalized);
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
                return WorkflowMessage.Of("Workflows.Error.UnknownStaff", staffId);
            }

            if (task.ClaimedBy is { } other && other != staffId)
            {
                return WorkflowMessage.Of("Workflows.Error.AlreadyClaimed", taskId);
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
                return WorkflowMessage.Of("Workflows.Error.UnknownStaff", toStaffId);
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                return WorkflowMessage.Of("Workflows.Error.ReasonRequired");
            }

            machine.Reassign(task, toStaffId, reason.Trim());
            return null;
        });

    /// <summary>Adds a comment to a task's case journal.</summary>
    public WorkflowResult Comment(long taskId, string text, string actor) =>
        OnTask(taskId, actor, (_, machine, task, _) =>
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return WorkflowMessage.Of("Workflows.Error.EmptyComment");
            }

            machine.Comment(task, text.Trim());
            return null;
        }, openOnly: false);

    private WorkflowResult OnTask(long taskId, string actor, Func<CaseState, CaseMachine, TaskRecord, TaskStep, WorkflowMessage?> act, bool openOnly = true)
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
                return WorkflowMessage.Of("Workflows.Error.TaskClosed", taskId);
            }

            var definition = Definition(state.Workflow, state.Version, state.Hash)!;
            return act(state, machine, task, (TaskStep)definition.RequireStep(task.Step));
        });
    }

    private WorkflowTask ToTask(TaskRow r)
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

    private sealed record TaskRow(long Id, long CaseId, string Workflow, long Version, string Hash, string Step, string Role, string? Assignee, string? ClaimedBy, string? PupilId, string? SubjectId, string? Due, string Status);
}
