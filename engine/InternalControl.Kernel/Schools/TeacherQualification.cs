namespace InternalControl.Kernel.Schools;

/// <summary>
/// A teacher's qualification (teacher_qualifications.csv): the category, the date it was last awarded or confirmed
/// (attestation) and the date the last professional-development course ended. A date left empty was never: the
/// policy counts the teacher as due (seed 003, criteria 2 and 3: the share of teachers who confirmed their category
/// at least once in five years and took a course at least once in three).
/// </summary>
public sealed record TeacherQualification(string StaffId, QualificationCategory Category, DateOnly? Attested, DateOnly? Trained);
