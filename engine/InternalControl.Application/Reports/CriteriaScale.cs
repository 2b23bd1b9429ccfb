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
    /// The quarter percent: the unit summatives' mean percent and the term summative's percent, weighted.
    /// The files carry each summative as a percent, so the unit part is the mean of the percents (which equals
    /// ΣСОР/ΣmaxСОР when the units have equal maxima). Without a term summative the unit part carries the whole
    /// weight, and without unit summatives the term part does; with neither the result is null.
    /// </summary>
    public static double? QuarterPercent(IReadOnlyCollection<int> unitPercents, int? termPercent, CriteriaWeights weights)
    {
        ArgumentNullException.ThrowIfNull(unitPercents);
        ArgumentNullException.ThrowIfNull(weights);
        double? unit = unitPercents.Count > 0 ? unitPercents.Average() : null;
        return (unit, termPercent) switch
        {
            ({ } u, { } t) when weights.Unit + weights.Term > 0 => ((u * weights.Unit) + (t * weights.Term)) / (weights.Unit + weights.Term),
            ({ } u, null) => u,
            (null, { } t) => t,
            _ => null,
        };
    }

    /// <summary>At most 2 unit summatives a quarter in a subject taught 1 hour a week, otherwise at most 3 (seed 001 R31).</summary>
    public static int UnitSummativeLimit(decimal weeklyHours) => weeklyHours <= 1 ? 2 : 3;
}
