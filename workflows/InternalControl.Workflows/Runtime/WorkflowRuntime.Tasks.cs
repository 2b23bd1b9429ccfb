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

    /// <summary>
    /// The keys of the tasks that match the query (id, pupil's class, subject, workflow), oldest due first: an inbox
    /// groups, counts and pages these, and reads the whole rows of one page only (<see cref="TaskQuery.Ids"/>).
    /// </summary>
    public IReadOnlyList<TaskKey> TaskKeys(TaskQuery query) => _store.TaskKeys(SchoolId, query);

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

            var chosen = step.Outcome(outcome)!;
            if (chosen.When.Count > 0 && Unmet(state, step, chosen, normalized) is { } refusal)
            {
                return refusal;
            }

            machine.Complete(task, chosen, normalized);
            return null;
        });
    }

    /// <summary>
    /// An outcome whose conditions do not hold with this form is refused (No. 97 8.1: "the parent refuses" after the
    /// number of calls the policy asks for): a count of a step's completions names the step, the count it needs and
    /// this completion's number; any other condition names the form's field.
    /// </summary>
    private static Diagnostic? Unmet(CaseState state, TaskStep step, OutcomeDefinition chosen, IReadOnlyDictionary<string, string> form)
    {
        var variables = new Dictionary<string, string>(state.Variables, StringComparer.Ordinal);
        foreach (var (name, value) in form)
        {
            variables[name] = value;
        }

        var count = CaseMachine.CompletionsAfter(state.Variables, step.Id);
        variables[step.Id] = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var unmet = chosen.Unmet(variables);
        if (unmet is null)
        {
            return null;
        }

        var title = WorkflowText.Outcome(chosen.Name);
        return unmet.Operator is ConditionOperator.AtLeast or ConditionOperator.Greater && unmet.Variable == step.Id
            ? Diagnostic.ErrorOf("Workflows.Error.OutcomeNeedsCount", title, WorkflowText.Step(state.Workflow, step.Id), unmet.Values.FirstOrDefault(), count)
            : Diagnostic.ErrorOf("Workflows.Error.OutcomeNotForForm", title, WorkflowText.Field(unmet.Variable));
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
