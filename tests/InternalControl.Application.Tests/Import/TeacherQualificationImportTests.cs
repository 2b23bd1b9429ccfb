using InternalControl.Kernel.Schools;
using InternalControl.Testing.Databases;
using static InternalControl.Testing.Cultures;

namespace InternalControl.Application.Tests.Import;

/// <summary>
/// teacher_qualifications.csv (seed 003, criteria 2 and 3; Order No. 473): each teacher's category and the dates of the
/// last attestation and course; a bad row is reported with its file, row and column, and nothing of the import is written.
/// </summary>
public sealed class TeacherQualificationImportTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void Import_Qualifications_AreLoadedWithTheSchool(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);
        folder.Write("teacher_qualifications.csv", """
            staff_id,category,attested,trained
            t1,expert,2021-05-20,2024-03-01
            t2,pedagogue,,2025-11-10
            """);

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message(Ru))));
        Assert.Equal(2, outcome.Counts["teacher_qualifications"]);
        var loaded = folder.Database.Schools.Load(folder.School).Qualifications;
        Assert.Equal(
            [new TeacherQualification("t1", QualificationCategory.Expert, new DateOnly(2021, 5, 20), new DateOnly(2024, 3, 1)),
             new TeacherQualification("t2", QualificationCategory.Pedagogue, null, new DateOnly(2025, 11, 10))],
            loaded);
    }

    [Fact]
    public void Import_UnknownCategoryAndFutureCourse_ReportsEachCellAndWritesNothing()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("teacher_qualifications.csv", """
            staff_id,category,attested,trained
            t1,expert,2021-05-20,2024-03-01
            t2,supermaster,2020-01-10,2024-03-01
            t3,moderator,2022-02-02,2099-01-01
            t9,master,2022-02-02,2024-03-01
            """);

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.False(outcome.Succeeded);
        Assert.Equal(
            [("teacher_qualifications.csv", 3, "category"), ("teacher_qualifications.csv", 4, "trained"), ("teacher_qualifications.csv", 5, "staff_id")],
            outcome.Errors.Select(e => (e.File, e.Row, e.Column)));
        Assert.Equal(
            "Белгісіз біліктілік санаты «supermaster»: pedagogue, moderator, expert, researcher, master, highest, first, second мәндерінің бірін жазыңыз.",
            outcome.Errors[0].Message(Kk));
        Assert.StartsWith("2099-01-01 күнү акылга сыйбайт", outcome.Errors[1].Message(Ky), StringComparison.Ordinal);
        Assert.All(folder.Rows().Values, count => Assert.Equal(0, count));
        Assert.Empty(folder.Database.Schools.Load(folder.School).Qualifications);
    }
}
