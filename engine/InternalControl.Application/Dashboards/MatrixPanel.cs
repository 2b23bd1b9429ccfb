using InternalControl.Application.Access;
using InternalControl.Application.Cases;
using InternalControl.Application.Control;
using InternalControl.Application.Plans;
using InternalControl.Application.Reports;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Dashboards;

/// <summary>
/// The decision matrix on the heads' dashboard, for a school whose policy has one (a Kazakh school, seed 000
/// §3.2-3.4): per sheet, the objects in groups A, B and C from their latest scores (the evaluation report's own
/// standings, under the school's exemption parameter), and the re-controls that fall due this month: a next task due
/// this month, or the wait before the second control ending this month.
/// A re-control is a case of the workflow the policy tags <c>report recontrols</c>, keyed by the score's object and sheet
/// (<see cref="RecontrolCases"/>), which is how it is told from every other case without naming a workflow or a key
/// part here.
/// Only the school's heads get a panel: for anyone else, and for a policy without a matrix, there is none.
/// </summary>
public sealed class MatrixPanel
{
    private readonly IReadOnlyList<SheetEvaluation> _evaluations;

    private MatrixPanel(IReadOnlyList<SheetEvaluation> evaluations, IReadOnlyList<MatrixSheetCount> sheets, IReadOnlyList<MatrixRecontrol> recontrols, DateOnly month)
    {
        _evaluations = evaluations;
        Sheets = sheets;
        RecontrolsDue = recontrols;
        Month = month;
    }

    /// <summary>The sheets with at least one evaluated object, in the order the policy lists them.</summary>
    public IReadOnlyList<MatrixSheetCount> Sheets { get; }

    /// <summary>The re-controls with a task due this month or a wait that ends this month, by due date.</summary>
    public IReadOnlyList<MatrixRecontrol> RecontrolsDue { get; }

    /// <summary>The first day of this month.</summary>
    public DateOnly Month { get; }

    /// <summary>The objects behind one number of <see cref="Sheets"/>: those in <paramref name="group"/> on <paramref name="sheet"/>.</summary>
    public IReadOnlyList<SheetEvaluation> Objects(string sheet, EvaluationGroup group) =>
        [.. _evaluations.Where(e => string.Equals(e.Sheet, sheet, StringComparison.OrdinalIgnoreCase) && e.Group == group)];

    /// <summary>
    /// The panel as of the session's today for <paramref name="access"/>; null when the reader is not one of the
    /// school's heads or the school's policy has no decision matrix.
    /// </summary>
    public static MatrixPanel? Build(SchoolSession session, PupilAccess access)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(access);
        if (!access.ManagesAccess || DecisionMatrix.From(session.Policy) is not { } matrix)
        {
            return null;
        }

        var options = new ReportOptions(1).WithPolicy(session.Policy);
        var evaluations = Evaluations.Evaluate(session.Data.Scores, matrix, options.GroupRule, options.ExemptionEvaluations);
        var counts = matrix.Sheets
            .Select(sheet => (sheet, of: evaluations.Where(e => string.Equals(e.Sheet, sheet.Id, StringComparison.OrdinalIgnoreCase)).ToList()))
            .Where(x => x.of.Count > 0)
            .Select(x => new MatrixSheetCount(
                x.sheet.Id,
                x.sheet.Title,
                x.of.Count(e => e.Group == EvaluationGroup.A),
                x.of.Count(e => e.Group == EvaluationGroup.B),
                x.of.Count(e => e.Group == EvaluationGroup.C)))
            .ToList();

        var today = session.Workspace.Today;
        var month = new DateOnly(today.Year, today.Month, 1);
        var end = month.AddMonths(1);
        var objects = evaluations.Select(e => (e.ObjectId, e.Sheet)).ToHashSet();
        var matrixCases = session.Runtime.Cases(openOnly: true)
            .Select(c => (c.Id, Part: RecontrolCases.Target(session.Definitions, c)))
            .Where(c => c.Part is { } p && objects.Contains(p))
            .ToDictionary(c => c.Id, c => c.Part!.Value);
        var byTask = session.Runtime.Tasks(new TaskQuery())
            .Where(t => matrixCases.ContainsKey(t.CaseId) && t.Due is { } due && due >= month && due < end)
            .GroupBy(t => t.CaseId)
            .Select(g => g.OrderBy(t => t.Due).ThenBy(t => t.Id).First())
            .Select(t => new MatrixRecontrol(matrixCases[t.CaseId].ObjectId, matrixCases[t.CaseId].Sheet, t.CaseId, t.Due!.Value, t));

        // §3.4's second control: a case in its wait has no task, and the control falls due when the wait ends.
        var byWait = session.Runtime.Waits(month, end)
            .Where(w => matrixCases.ContainsKey(w.CaseId))
            .GroupBy(w => w.CaseId)
            .Select(g => g.OrderBy(w => w.Ends).First())
            .Select(w => new MatrixRecontrol(matrixCases[w.CaseId].ObjectId, matrixCases[w.CaseId].Sheet, w.CaseId, w.Ends, null));
        var recontrols = byTask.Concat(byWait)
            .GroupBy(r => r.CaseId)
            .Select(g => g.OrderBy(r => r.Due).First())
            .OrderBy(r => r.Due).ThenBy(r => r.Sheet, StringComparer.Ordinal).ThenBy(r => r.ObjectId, StringComparer.Ordinal)
            .ToList();
        return new MatrixPanel(evaluations, counts, recontrols, month);
    }
}
