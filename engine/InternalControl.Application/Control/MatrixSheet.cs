namespace InternalControl.Application.Control;

/// <summary>One evaluation sheet of the Kazakh internal-control guideline (seed 000 §3.3).</summary>
/// <param name="Id">The sheet's code ("III.2"); directions are keyed by code, not by the printed numerals.</param>
/// <param name="Direction">The direction of control, 1-6 (Order No. 130).</param>
/// <param name="Title">The key of the sheet's title.</param>
/// <param name="CriteriaCount">How many criteria the sheet scores.</param>
/// <param name="Criteria">Keys of the criteria's texts, where they are in the catalog (empty otherwise).</param>
/// <param name="Decisions">The decision per group; empty when the sheet has no decision row (II.4, II.6).</param>
public sealed record MatrixSheet(
    string Id,
    int Direction,
    string Title,
    int CriteriaCount,
    IReadOnlyList<string> Criteria,
    IReadOnlyDictionary<EvaluationGroup, MatrixDecision> Decisions)
{
    /// <summary>
    /// The 1-based number of the criterion that scores contest results (prize-winners, prizes, the gifted pupils'
    /// success), on the research sheets that have one; its trend between two evaluations is the "dynamics of
    /// contest results" of seed 000 §3.4.
    /// </summary>
    public int? ContestCriterion { get; init; }

    /// <summary>
    /// The other set of decisions §3.4 puts an object under when contest results show no positive dynamics
    /// ("басқарушылық шешімдердің басқа жүйесін қолдана отырып"); null on sheets without contest results.
    /// </summary>
    public MatrixDecision? NoDynamics { get; init; }
}
