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
/// <param name="Decision">What the matrix prescribes (the other set when contest results show no positive dynamics), or null.</param>
public sealed record SheetEvaluation(
    string ObjectId,
    string ObjectKind,
    string Sheet,
    EvaluationGroup Group,
    IReadOnlyList<int> Scores,
    DateOnly Date,
    MatrixDecision? Decision)
{
    /// <summary>The group at each evaluation (each date the sheet was scored), oldest first; the last is <see cref="Group"/>.</summary>
    public IReadOnlyList<EvaluationGroup> History { get; init; } = [];

    /// <summary>Group C in each of the last evaluations the exemption parameter names: no re-control is planned (§3.1).</summary>
    public bool Exempt { get; init; }

    /// <summary>
    /// The contest results show no positive dynamics (§3.4): <see cref="Decision"/> is the sheet's other set of
    /// decisions, with re-control, whatever the group.
    /// </summary>
    public bool NoContestDynamics { get; init; }
}
