using InternalControl.Kernel.Plans;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Contacts;

namespace InternalControl.Storage.Schools;

/// <summary>Rows to write into a school in one <see cref="ISchoolImport.Commit"/>; a kind left empty is not touched.</summary>
public sealed class SchoolRows
{
    public IReadOnlyList<ClassGroup> Classes { get; init; } = [];

    public IReadOnlyList<Staff> Staff { get; init; } = [];

    public IReadOnlyList<Pupil> Pupils { get; init; } = [];

    public IReadOnlyList<Parent> Parents { get; init; } = [];

    public IReadOnlyList<Subject> Subjects { get; init; } = [];

    public IReadOnlyList<Teaching> Teaching { get; init; } = [];

    /// <summary>
    /// Marks in the order of their source. Marks that share pupil, subject, date and kind are told apart by that order
    /// (the first, the second, ...), so the same marks written again land on the same rows; on a day these marks cover,
    /// a stored mark beyond their number (a mark entered twice by mistake, since corrected) goes.
    /// </summary>
    public IReadOnlyList<Mark> Marks { get; init; } = [];

    public IReadOnlyList<Absence> Absences { get; init; } = [];

    /// <summary>Teachers' qualifications; each row adds or replaces one teacher's.</summary>
    public IReadOnlyList<TeacherQualification> Qualifications { get; init; } = [];

    /// <summary>People's channels; each row adds or replaces one channel of one person.</summary>
    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    /// <summary>The school's internal control plan, in its file's order; null leaves the stored plan, a list replaces it.</summary>
    public IReadOnlyList<PlanControl>? Plan { get; init; }
}
