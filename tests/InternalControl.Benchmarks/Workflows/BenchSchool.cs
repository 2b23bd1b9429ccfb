using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Benchmarks.Workflows;

/// <summary>A school with one class of many pupils, each with two parents, for the workflow benchmark.</summary>
internal static class BenchSchool
{
    public static SchoolData Data(School school, int pupils)
    {
        var pupilList = Enumerable.Range(1, pupils).Select(i => new Pupil($"P{i}", $"Pupil {i}", "7A", new DateOnly(2013, 3, 1))).ToList();
        return new SchoolData(
            school,
            [new ClassGroup("7A", "7А", 7, Language.Ky, "T1")],
            [
                new Staff("T1", "Class Teacher", Language.Ky, [StaffRole.ClassTeacher]),
                new Staff("T2", "Maths Teacher", Language.Ru, [StaffRole.SubjectTeacher]),
                new Staff("D1", "Deputy", Language.Ru, [StaffRole.DeputyDirector]),
            ],
            pupilList,
            [.. pupilList.SelectMany(p => new[] { new Parent("M" + p.Id, "M", p.Id, Language.Ky, null, null), new Parent("F" + p.Id, "F", p.Id, Language.Kk, null, null) })],
            [new Subject("MATH", "Математика", "Математика", "Математика", "Mathematics")],
            [new Teaching("7A", "MATH", "T2")],
            [],
            []);
    }
}
