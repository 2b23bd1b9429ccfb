namespace InternalControl.Kernel.Schools;

/// <summary>A day a pupil missed lessons, with the excuse and the document behind it (6.2).</summary>
public sealed record Absence(string PupilId, DateOnly Date, int Lessons, AbsenceExcuse Excuse, string? Document)
{
    /// <summary>
    /// Whether a document was handed in for the day (the import's <c>document</c> column holds one): No. 97 6.2 counts an
    /// excuse "without a document that confirms the reason" (тастыктоочу документ болбосо) as unexcused; the policy decides.
    /// </summary>
    public bool Documented => !string.IsNullOrWhiteSpace(Document);
}
