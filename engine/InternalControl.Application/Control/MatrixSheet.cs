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
    IReadOnlyDictionary<EvaluationGroup, MatrixDecision> Decisions);
