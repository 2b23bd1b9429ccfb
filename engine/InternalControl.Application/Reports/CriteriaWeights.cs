namespace InternalControl.Application.Reports;

/// <summary>
/// The shares of the parts of a Kazakh quarter mark (seed 001 R33): unit summatives (БЖБ/СОР), the term summative
/// (ТЖБ/СОЧ) and, for the schools and years that count it, formative assessment (ФО/ҚБ). They change between school
/// years (50/50 in the 2021-22 rules seed 001 quotes; 25/25/50 with formative work in later e-journal practice), so
/// they are parameters of the school's policy (<c>unit_weight</c>, <c>term_weight</c>, <c>formative_share</c>), never
/// constants.
/// </summary>
/// <param name="Unit">The share of the unit summatives, 0-1.</param>
/// <param name="Term">The share of the term summative, 0-1.</param>
public sealed record CriteriaWeights(double Unit, double Term)
{
    /// <summary>The share of formative assessment, 0-1; 0 (not counted) in the rules seed 001 quotes.</summary>
    public double Formative { get; init; }

    /// <summary>50% unit summatives, 50% term summative, formative not counted (seed 001 R33, seed 002 R002-10).</summary>
    public static CriteriaWeights Default { get; } = new(0.5, 0.5);
}
