namespace InternalControl.Application.Reports;

/// <summary>
/// The shares of unit summatives (БЖБ/СОР) and the term summative (ТЖБ/СОЧ) in a Kazakh quarter mark.
/// They change between school years (50/50 in the 2021-22 rules seed 001 quotes, R33; 25/25/50 with
/// formative work in later e-journal practice), so they are a parameter of the year, never a constant.
/// </summary>
/// <param name="Unit">The share of the unit summatives, 0-1.</param>
/// <param name="Term">The share of the term summative, 0-1.</param>
public sealed record CriteriaWeights(double Unit, double Term)
{
    /// <summary>50% unit summatives, 50% term summative (seed 001 R33, seed 002 R002-10).</summary>
    public static CriteriaWeights Default { get; } = new(0.5, 0.5);
}
