using InternalControl.Engine.Schools;

namespace InternalControl.Application.Control;

/// <summary>Turns evaluation-sheet scores into groups and decisions (Kazakh policy 2: seed 000 §3.2-3.4).</summary>
public static class Evaluations
{
    /// <summary>
    /// One evaluation per object and sheet. A criterion scored more than once counts with its latest score, so a
    /// re-control replaces the first inspection instead of averaging with it (the point of re-control, §3.1).
    /// </summary>
    public static IReadOnlyList<SheetEvaluation> Evaluate(IEnumerable<EvaluationScore> scores, DecisionMatrix matrix, GroupRule rule = GroupRule.RoundedMean)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(matrix);
        return scores
            .GroupBy(s => (s.ObjectId, s.Sheet))
            .Select(g =>
            {
                var latest = g.GroupBy(s => s.Criterion, StringComparer.OrdinalIgnoreCase)
                    .Select(c => c.OrderBy(s => s.Date).Last())
                    .OrderBy(s => s.Criterion, StringComparer.Ordinal)
                    .ToList();
                var values = latest.Select(s => s.Score).ToList();
                var group = Grouping.GroupOf(values, rule);
                return new SheetEvaluation(
                    g.Key.ObjectId,
                    latest[^1].ObjectKind,
                    g.Key.Sheet,
                    group,
                    values,
                    latest.Max(s => s.Date),
                    matrix.Decide(g.Key.Sheet, group));
            })
            .OrderBy(e => e.Sheet, StringComparer.Ordinal)
            .ThenBy(e => e.ObjectId, StringComparer.Ordinal)
            .ToList();
    }
}
