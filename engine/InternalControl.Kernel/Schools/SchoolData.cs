namespace InternalControl.Kernel.Schools;

/// <summary>
/// A school's data in memory, as the rule engine and the reports read it: one consistent snapshot,
/// loaded in one read transaction.
/// </summary>
public sealed record SchoolData(
    School School,
    IReadOnlyList<ClassGroup> Classes,
    IReadOnlyList<Staff> Staff,
    IReadOnlyList<Pupil> Pupils,
    IReadOnlyList<Parent> Parents,
    IReadOnlyList<Subject> Subjects,
    IReadOnlyList<Teaching> Teaching,
    IReadOnlyList<Mark> Marks,
    IReadOnlyList<Absence> Absences)
{
    /// <summary>Evaluation sheet scores (Kazakh internal control); loaded by the host where the policy needs them.</summary>
    public IReadOnlyList<EvaluationScore> Scores { get; init; } = [];

    /// <summary>Teachers' qualification categories, attestation and training dates (teacher_qualifications.csv).</summary>
    public IReadOnlyList<TeacherQualification> Qualifications { get; init; } = [];
}
