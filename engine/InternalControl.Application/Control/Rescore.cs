using InternalControl.Application.Cases;
using InternalControl.Application.Plans;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Schools;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Control;

/// <summary>
/// Re-scores an object on its evaluation sheet (seed 000 §3.4): the task of a step tagged <c>report rescore</c>, in a
/// case of the workflow tagged <c>report recontrols</c> (keyed by the object and the sheet, <see cref="RecontrolCases"/>),
/// is done with the sheet's criterion scores, as `ic control score` and scores.csv take them (each criterion 1..n once,
/// 0-2). The scores are saved, dated today, with the person as the inspector; the group is the policy's table tagged
/// <c>report group</c> (its bands, §3.2) applied to their mean, and the task completes with it in the step's field
/// tagged <c>report group</c>, so the workflow routes on a group nobody typed, whatever the policy calls the table,
/// the field, the workflow or its key's parts.
/// </summary>
public static class Rescore
{
    /// <summary>
    /// Completes <paramref name="taskId"/> with the group of <paramref name="scores"/> (criterion number to score).
    /// Refuses, changing nothing, a task that is not an open re-scoring (IC3870), scores that are not one 0-2 score for
    /// each of the sheet's criteria (IC3871), and a policy without a table tagged <c>report group</c> or a step without
    /// a field so tagged (IC3872). The completion and the scores are written in one transaction: when either fails (a
    /// refusal, or the database's exception, which is thrown), neither is kept.
    /// </summary>
    public static WorkflowResult Submit(SchoolSession session, long taskId, IReadOnlyDictionary<int, int> scores, string actor)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(actor);
        var task = session.Runtime.Task(taskId) is { Status: WorkTaskStatus.Open } open ? open : null;
        var target = task is null ? null : Target(session, task);
        if (task is null || target is not { } found)
        {
            return WorkflowResult.Refuse("Control.Rescore.NotARescore", taskId);
        }

        var (sheet, earlier, step) = found;
        if (scores.Count != sheet.CriteriaCount || scores.Any(s => s.Key < 1 || s.Key > sheet.CriteriaCount || s.Value is < 0 or > 2))
        {
            return WorkflowResult.Refuse("Control.Rescore.BadScores", sheet.Id, sheet.CriteriaCount);
        }

        var table = session.Policy?.TableTagged(ReportTag.Group);
        var field = step.FieldTagged(ReportTag.Group);
        var mean = scores.Values.Average();
        if (field is null || table?.Evaluate(mean).FirstOrDefault()?[table.Outputs[0]] is not string group)
        {
            return WorkflowResult.Refuse("Control.Rescore.NoGroupTable", ReportTag.Group);
        }

        // The completion and the scores are one unit: a case that moved on without the scores it was done with, or
        // scores of a task still open, is a half write (issue 14). Returning or throwing before the commit keeps neither.
        var today = session.Workspace.Today;
        using var unit = session.Runtime.BeginTransaction();
        var done = session.Runtime.Complete(task.Id, task.Outcomes[0], new Dictionary<string, string>(StringComparer.Ordinal) { [field.Name] = group }, actor);
        if (!done.Ok)
        {
            return done;
        }

        session.Workspace.Database.Scores.Save(
            session.Workspace.School.Id,
            [.. scores.OrderBy(s => s.Key).Select(s => new EvaluationScore(earlier.ObjectId, earlier.ObjectKind, sheet.Id, s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Value, today, actor))],
            unit);
        unit.Commit();
        return done;
    }

    /// <summary>
    /// The evaluation sheet <paramref name="task"/> re-scores its object on, when it is a re-scoring with an earlier
    /// evaluation to compare (the criteria its form asks for); null otherwise.
    /// </summary>
    public static MatrixSheet? SheetOf(SchoolSession session, WorkflowTask task)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(task);
        return Target(session, task)?.Sheet;
    }

    /// <summary>
    /// True when <paramref name="task"/> re-scores an object (its step is tagged <c>report rescore</c>): it is done with
    /// <see cref="Submit"/>, never with a typed group.
    /// </summary>
    public static bool IsRescore(SchoolSession session, WorkflowTask task)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(task);
        return session.Runtime.Case(task.CaseId) is { } summary
            && session.Definitions.Find(task.Workflow, summary.Version)?.Steps.FirstOrDefault(s => s.Id == task.Step)?.Report == ReportTag.Rescore;
    }

    /// <summary>
    /// The sheet, the object's latest evaluation on it and the step, for a task of a step tagged <c>report rescore</c> in
    /// a re-control; null otherwise.
    /// </summary>
    private static (MatrixSheet Sheet, EvaluationScore Earlier, TaskStep Step)? Target(SchoolSession session, WorkflowTask task)
    {
        var summary = session.Runtime.Case(task.CaseId);
        var step = summary is null ? null : session.Definitions.Find(task.Workflow, summary.Version)?.Steps.FirstOrDefault(s => s.Id == task.Step) as TaskStep;
        var key = summary is null ? null : RecontrolCases.Target(session.Definitions, summary);
        var sheet = key is { } target ? DecisionMatrix.From(session.Policy)?.Find(target.Sheet) : null;
        var earlier = key is null || sheet is null ? null : session.Data.Scores.LastOrDefault(s => s.ObjectId == key.Value.ObjectId && s.Sheet == sheet.Id);
        return step?.Report != ReportTag.Rescore || sheet is null || earlier is null ? null : (sheet, earlier, step);
    }
}
