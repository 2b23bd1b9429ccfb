namespace InternalControl.Application.Control;

/// <summary>Places an object in group A, B or C from its criterion scores on one sheet (seed 000 §3.2).</summary>
public static class Grouping
{
    /// <summary>
    /// The group for <paramref name="scores"/> (each 0, 1 or 2) under <paramref name="rule"/>.
    /// The default, <see cref="GroupRule.RoundedMean"/>, follows the guideline's own wording: the groups describe
    /// the object as a whole, "the indicator absent / occasional / systematic" (seed 000 §3.2, Dir V of the matrix),
    /// and its sheets have 2 to 17 criteria. Under the minimum one 0 among 17 criteria would put an object that is
    /// systematic everywhere else beside one that fails everything, and group A's heavier measures (a mentor, a
    /// seminar to attend) would fall on it; the mean keeps the three groups apart. A school that wants C, and so
    /// the exit from control (§3.3), only when every criterion is systematic sets <see cref="GroupRule.Minimum"/>.
    /// </summary>
    public static EvaluationGroup GroupOf(IReadOnlyCollection<int> scores, GroupRule rule = GroupRule.RoundedMean)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0)
        {
            throw new ArgumentException("A sheet needs at least one criterion score.", nameof(scores));
        }

        var value = rule switch
        {
            GroupRule.Minimum => scores.Min(),
            _ => (int)Math.Round(scores.Average(), MidpointRounding.AwayFromZero),
        };
        return (EvaluationGroup)Math.Clamp(value, 0, 2);
    }
}
