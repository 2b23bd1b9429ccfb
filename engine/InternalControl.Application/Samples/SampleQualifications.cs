using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Samples;

/// <summary>
/// The sample Kazakh school's teacher_qualifications.csv (seed 003, criteria 2 and 3 of Order No. 486's appendix): each
/// teacher's category, last attestation and last course, spread so that a few are due (the demo shows findings) and most
/// are not. Taken from the staff list alone, with no draws, so the rest of a sample stays as it was for the same seed.
/// A Kyrgyz sample has none: regulation No. 97 says nothing of categories or courses.
/// </summary>
internal static class SampleQualifications
{
    /// <summary>The columns of teacher_qualifications.csv, in the order the sample writes them.</summary>
    public static readonly string[] Header = ["staff_id", "category", "attested", "trained"];

    // The categories in turn (Order No. 473, with the older scale some teachers still hold).
    private static readonly QualificationCategory[] Categories =
    [
        QualificationCategory.Moderator, QualificationCategory.Expert, QualificationCategory.Pedagogue, QualificationCategory.Researcher,
        QualificationCategory.First, QualificationCategory.Expert, QualificationCategory.Master, QualificationCategory.Highest,
        QualificationCategory.Moderator, QualificationCategory.Second,
    ];

    /// <summary>The rows, for the teachers and the heads; empty for a country with no such rules.</summary>
    public static IReadOnlyList<TeacherQualification> Of(Country country, SampleData data, DateOnly asOf)
    {
        if (country != Country.Kz)
        {
            return [];
        }

        var rows = new List<TeacherQualification>();
        var n = 0;
        foreach (var staff in data.Staff.Where(s => s.Has(StaffRole.SubjectTeacher) || s.Has(StaffRole.Director) || s.Has(StaffRole.DeputyDirector)))
        {
            var manager = staff.Has(StaffRole.Director) || staff.Has(StaffRole.DeputyDirector);
            rows.Add(new TeacherQualification(staff.Id, Categories[n % Categories.Length], Attested(n, manager, asOf), Trained(n, asOf)));
            n++;
        }

        return rows;
    }

    // Criterion 2: one teacher in seven, and the deputy director (three years for the heads), within the 120-day notice
    // of the term; the others attested one to four years ago.
    private static DateOnly Attested(int n, bool manager, DateOnly asOf) =>
        manager ? asOf.AddYears(n == 1 ? -3 : -1).AddDays(n == 1 ? 60 : -30)
        : n % 7 == 3 ? asOf.AddYears(-5).AddDays(45)
        : asOf.AddYears(-(1 + (n % 4))).AddDays(-(n * 11 % 90));

    // Criterion 3: one teacher in six took the last course more than three years ago, one teacher has never taken one;
    // the others within the last two years.
    private static DateOnly? Trained(int n, DateOnly asOf) =>
        n == 9 ? null
        : n % 6 == 4 ? asOf.AddYears(-3).AddDays(-20)
        : asOf.AddYears(-(n % 3)).AddDays(-(30 + (n * 7 % 60)));
}
