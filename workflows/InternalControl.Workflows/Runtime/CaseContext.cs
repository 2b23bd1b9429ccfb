namespace InternalControl.Workflows.Runtime;

/// <summary>
/// What a case is about: the pupil, subject and term it correlates on (as its definition's key
/// names them), plus variables the starting rule hands over (e.g. the count of "2" marks).
/// </summary>
public sealed record CaseContext(string? PupilId, string? SubjectId, string? Term, IReadOnlyDictionary<string, string>? Variables = null)
{
    /// <summary>The value of a key part: pupil, subject, term (or quarter), else the variable of that name; null when unset.</summary>
    public string? Part(string part) => part switch
    {
        "pupil" => PupilId,
        "subject" => SubjectId,
        "term" or "quarter" => Term,
        _ => Variables?.GetValueOrDefault(part),
    };
}
