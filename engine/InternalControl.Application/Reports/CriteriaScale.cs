namespace InternalControl.Application.Reports;

/// <summary>
/// Kazakh criteria-based assessment (Order No. 125, Appendix 1; seeds 001 R31-R39 and 002 R002-10..12):
/// the quarter percent from summatives, the percent-to-mark scale and the limit of unit summatives a quarter.
/// </summary>
public static class CriteriaScale
{
    /// <summary>
    /// The 5-point mark for a percent, grades 2-11(12): 0-39 -> 2, 40-64 -> 3, 65-84 -> 4, 85-100 -> 5.
    /// Grade 1 gets no marks (seed 001 R28), so the result is null there. The percent is first rounded to a
    /// whole number, half away from zero (84.5 -> 85 -> "5"): the scale is written in whole percents and the
    /// rules are silent on the boundary (seed 002 §3.2, [GAP]).
    /// </summary>
    public static int? MarkFromPercent(double percent, int gradeLevel)
    {
        if (gradeLevel <= 1 || double.IsNaN(percent))
        {
            return null;
        }

        var whole = Math.Clamp(Math.Round(percent, MidpointRounding.AwayFromZero), 0, 100);
        return whole switch
        {
            >= 85 => 5,
            >= 65 => 4,
            >= 40 => 3,
            _ => 2,
        };
    }

    /// <summary>
    /// The quarter percent as seed 001 R33 computes it: the unit part is ΣСОР points / ΣСОР maximum points, the term
    /// part the СОЧ's points / its maximum, the formative part ΣФО points / ΣФО maximum (10 each), weighted by
    /// <paramref name="weights"/>. A part without marks drops out with its weight (without a СОЧ the unit part carries
    /// the quarter, as while the quarter runs); the formative part counts only with a share above 0. Null when there
    /// is no summative at all.
    /// </summary>
    public static double? QuarterPercent(QuarterParts parts, CriteriaWeights weights)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(weights);
        if (parts.Unit is null && parts.Term is null)
        {
            return null;
        }

        var total = 0d;
        var share = 0d;
        foreach (var (part, weight) in new[] { (parts.Unit, weights.Unit), (parts.Term, weights.Term), (parts.Formative, weights.Formative) })
        {
            if (part is { } p && weight > 0)
            {
                total += p * weight;
                share += weight;
            }
        }

        return share > 0 ? total / share : parts.Unit ?? parts.Term;
    }

    /// <summary>At most 2 unit summatives a quarter in a subject taught 1 hour a week, otherwise at most 3 (seed 001 R31).</summary>
    public static int UnitSummativeLimit(decimal weeklyHours) => weeklyHours <= 1 ? 2 : 3;
}
