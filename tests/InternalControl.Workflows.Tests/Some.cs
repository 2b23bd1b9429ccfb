using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Testing.Schools;

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
        var builder = SchoolBuilder.Kyrgyz().School(school)
            .Staff(ClassTeacher, "Айгүл Токтогулова", Language.Ky, StaffRole.ClassTeacher, StaffRole.SubjectTeacher)
            .Staff(MathTeacher, "Бакыт Осмонов", Language.Ky, StaffRole.SubjectTeacher)
            .Staff(OtherTeacher, "Ирина Петрова", Language.Ru, StaffRole.SubjectTeacher)
            .Staff(Deputy, "Нурлан Ахметов", Language.Ru, StaffRole.DeputyDirector)
            .Staff(Director, "Сәуле Жұмабаева", Language.Kk, StaffRole.Director)
            .Class("7A", 7, ClassTeacher, name: "7А")
            .Subject("MATH", "Mathematics", "Математика", "Математика", "Математика")
            .Teaching("7A", "MATH", MathTeacher);
        for (var i = 1; i <= pupils; i++)
        {
            var pupil = $"P{i}";
            builder.Pupil(pupil, "7A", $"Окуучу {i}", new DateOnly(2013, 3, 1))
                .Parent("M" + pupil, pupil, Language.Ky, "Ата-эне " + pupil, phone: "+996700000000")
                .Parent("F" + pupil, pupil, Language.Ru, "Родитель " + pupil);
        }

        return builder.Build();
    }
}
