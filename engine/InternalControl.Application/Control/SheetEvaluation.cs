namespace InternalControl.Application.Control;

/// <summary>
/// An object's standing on one sheet: its group from the latest score of each criterion, and the decision the
/// matrix gives for that group (null when the sheet has no decision row or is not in the matrix).
/// </summary>
/// <param name="ObjectId">The object's id (a staff id, a class id, a document set).</param>
/// <param name="ObjectKind">What the object is, as the scores file names it.</param>
/// <param name="Sheet">The sheet's code.</param>
/// <param name="Group">The group under the school's rule.</param>
/// <param name="Scores">The criterion scores the group was computed from (one per criterion, the latest).</param>
/// <param name="Date">The date of the latest score.</param>
/// <param name="Decision">What the matrix prescribes, or null.</param>
public sealed record SheetEvaluation(
    string ObjectId,
    string ObjectKind,
    string Sheet,
    EvaluationGroup Group,
    IReadOnlyList<int> Scores,
    DateOnly Date,
    MatrixDecision? Decision);
