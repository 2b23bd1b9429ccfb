using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Workflows.Tests;

/// <summary>Sample school data: one class 7A (Kyrgyz), its teachers, pupils and their parents.</summary>
internal static class Some
{
    public const string ClassTeacher = "T1";
    public const string MathTeacher = "T2";
    public const string OtherTeacher = "T3";
    public const string Deputy = "D1";
    public const string Director = "DIR";

    public static SchoolData School(School school, int pupils = 3)
    {
        var staff = new List<Staff>
        {
            new(ClassTeacher, "Айгүл Токтогулова", Language.Ky, [StaffRole.ClassTeacher, StaffRole.SubjectTeacher]),
            new(MathTeacher, "Бакыт Осмонов", Language.Ky, [StaffRole.SubjectTeacher]),
            new(OtherTeacher, "Ирина Петрова", Language.Ru, [StaffRole.SubjectTeacher]),
            new(Deputy, "Нурлан Ахметов", Language.Ru, [StaffRole.DeputyDirector]),
            new(Director, "Сәуле Жұмабаева", Language.Kk, [StaffRole.Director]),
        };
        var pupilList = Enumerable.Range(1, pupils).Select(i => new Pupil($"P{i}", $"Окуучу {i}", "7A", new DateOnly(2013, 3, 1))).ToList();
        var parents = pupilList.SelectMany(p => new[]
        {
            new Parent("M" + p.Id, "Ата-эне " + p.Id, p.Id, Language.Ky, "+996700000000", null),
            new Parent("F" + p.Id, "Родитель " + p.Id, p.Id, Language.Ru, null, null),
        }).ToList();
        return new SchoolData(
            school,
            [new ClassGroup("7A", "7А", 7, Language.Ky, ClassTeacher)],
            staff,
            pupilList,
            parents,
            [new Subject("MATH", "Математика", "Математика", "Математика", "Mathematics")],
            [new Teaching("7A", "MATH", MathTeacher)],
            [],
            []);
    }
}
