using InternalControl.Kernel.Schools;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// A teacher's qualification as the compiled rules read it: the staff id, the category's code, and the days of the last
/// attestation and course as day numbers, 0 (year 1) when never, so that "longer ago than N years" holds for never.
/// Whether the teacher is a manager (the director or a deputy director in staff.csv): seed 003 criterion 2 gives managers a
/// shorter term for the category. Public fields so that expression trees read them without calls.
/// </summary>
internal sealed class TeacherRow(string id, string category, int attested, int trained, bool manager)
{
    public readonly string Id = id;
    public readonly string Category = category;
    public readonly int Attested = attested;
    public readonly int Trained = trained;
    public readonly bool Manager = manager;

    public static TeacherRow Of(TeacherQualification qualification, IReadOnlySet<string> managers) => new(
        qualification.StaffId,
        qualification.Category.Code(),
        qualification.Attested?.DayNumber ?? 0,
        qualification.Trained?.DayNumber ?? 0,
        managers.Contains(qualification.StaffId));
}
