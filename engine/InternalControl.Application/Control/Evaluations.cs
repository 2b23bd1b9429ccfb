using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Control;

/// <summary>Turns evaluation-sheet scores into groups and decisions (Kazakh policy 2: seed 000 §3.2-3.4).</summary>
public static class Evaluations
{
    /// <summary>
    /// The default of the exemption parameter (`exemption_evaluations`): §3.1 exempts objects with "stable good
    /// results over a long time" and does not say how long. Two evaluations in group C are the least that is
    /// "stable" (one C may be chance), and at one or two inspections of a sheet a year it is about a school year.
    /// </summary>
    public const int DefaultExemptionEvaluations = 2;

    /// <summary>The policy parameter that overrides <see cref="DefaultExemptionEvaluations"/>.</summary>
    public const string ExemptionParameter = "exemption_evaluations";

    /// <summary>
    /// One evaluation per object and sheet. A criterion scored more than once counts with its latest score, so a
    /// re-control replaces the first inspection instead of averaging with it (the point of re-control, §3.1).
    /// Each date the sheet was scored is one evaluation; the groups of all of them are kept, oldest first, for the
    /// exemption (§3.1) and the dynamics of contest results (§3.4).
    /// </summary>
    public static IReadOnlyList<SheetEvaluation> Evaluate(
        IEnumerable<EvaluationScore> scores,
        DecisionMatrix matrix,
        GroupRule rule = GroupRule.RoundedMean,
        int exemptionEvaluations = DefaultExemptionEvaluations)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(matrix);
        return scores
            .GroupBy(s => (s.ObjectId, s.Sheet))
            .Select(g => Evaluate(g.ToList(), g.Key.ObjectId, g.Key.Sheet, matrix, rule, exemptionEvaluations))
            .OrderBy(e => e.Sheet, StringComparer.Ordinal)
            .ThenBy(e => e.ObjectId, StringComparer.Ordinal)
            .ToList();
    }

    private static SheetEvaluation Evaluate(List<EvaluationScore> scores, string objectId, string sheetId, DecisionMatrix matrix, GroupRule rule, int exemptionEvaluations)
    {
        var dates = scores.Select(s => s.Date).Distinct().Order().ToList();
        var history = dates.Select(d => Grouping.GroupOf(Latest(scores, d).Select(s => s.Score).ToList(), rule)).ToList();
        var latest = Latest(scores, dates[^1]);
        var group = history[^1];
        var sheet = matrix.Find(sheetId);
        var exempt = exemptionEvaluations > 0 && history.Count >= exemptionEvaluations && history.TakeLast(exemptionEvaluations).All(h => h == EvaluationGroup.C);
        var noDynamics = sheet?.NoDynamics is not null && sheet.ContestCriterion is { } criterion && NoPositiveDynamics(scores, criterion);
        return new SheetEvaluation(
            objectId,
            latest[^1].ObjectKind,
            sheetId,
            group,
            latest.Select(s => s.Score).ToList(),
            dates[^1],
            noDynamics ? sheet!.NoDynamics : matrix.Decide(sheetId, group))
        {
            History = history,
            Exempt = exempt && !noDynamics,
            NoContestDynamics = noDynamics,
        };
    }

    /// <summary>The latest score of each criterion as of <paramref name="asOf"/>, by criterion number.</summary>
    private static List<EvaluationScore> Latest(List<EvaluationScore> scores, DateOnly asOf) =>
        scores.Where(s => s.Date <= asOf)
            .GroupBy(s => s.Criterion, StringComparer.OrdinalIgnoreCase)
            .Select(c => c.OrderBy(s => s.Date).Last())
            .OrderBy(s => s.Criterion.Length).ThenBy(s => s.Criterion, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// §3.4 "оң динамика болмаған жағдайда": the contest criterion's latest score is not above the one before it and
    /// is not already systematic (2). Prizes every year (2, then 2) are no lack of dynamics; a fall, or standing
    /// still below 2, is. With one score only there is nothing to compare, so no finding.
    /// </summary>
    private static bool NoPositiveDynamics(List<EvaluationScore> scores, int criterion)
    {
        var code = criterion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var trend = scores.Where(s => s.Criterion == code).OrderBy(s => s.Date).TakeLast(2).ToList();
        return trend.Count == 2 && trend[1].Score <= trend[0].Score && trend[1].Score < 2;
    }
}
