using InternalControl.Localization;

namespace InternalControl.Kernel.Schools;

/// <summary>
/// A school's data in memory, as the rule engine and the reports read it: one consistent snapshot,
/// loaded in one read transaction. A record is found by its id here, and only here (<see cref="FindPupil"/> and the
/// others); a name for a reader falls back to the id when the snapshot has no record of it (a record removed since).
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

    /// <summary>The pupil with <paramref name="id"/>, or null (none, or a null id).</summary>
    public Pupil? FindPupil(string? id) => id is null ? null : Pupils.FirstOrDefault(p => p.Id == id);

    /// <summary>The member of staff with <paramref name="id"/>, or null (none, or a null id).</summary>
    public Staff? FindStaff(string? id) => id is null ? null : Staff.FirstOrDefault(s => s.Id == id);

    /// <summary>The parent with <paramref name="id"/>, or null (none, or a null id).</summary>
    public Parent? FindParent(string? id) => id is null ? null : Parents.FirstOrDefault(p => p.Id == id);

    /// <summary>The class with <paramref name="id"/>, or null (none, or a null id).</summary>
    public ClassGroup? FindClass(string? id) => id is null ? null : Classes.FirstOrDefault(c => c.Id == id);

    /// <summary>The subject with <paramref name="id"/>, or null (none, or a null id).</summary>
    public Subject? FindSubject(string? id) => id is null ? null : Subjects.FirstOrDefault(s => s.Id == id);

    /// <summary>The pupil's full name; the id when the snapshot has no such pupil; null for a null id.</summary>
    public string? PupilName(string? id) => id is null ? null : FindPupil(id)?.FullName ?? id;

    /// <summary>The member of staff's full name; the id when the snapshot has no such member; null for a null id.</summary>
    public string? StaffName(string? id) => id is null ? null : FindStaff(id)?.FullName ?? id;

    /// <summary>The subject's name for a reader of <paramref name="language"/>; the id when the school has no such subject; null for a null id.</summary>
    public string? SubjectName(string? id, Language language) => id is null ? null : FindSubject(id)?.Name(language) ?? id;
}
