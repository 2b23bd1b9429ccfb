using System.Globalization;
using System.Text;
using InternalControl.Kernel.Schools;

using InternalControl.Testing.Databases;

namespace InternalControl.Application.Tests.Import;

public sealed class SchoolImporterTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void Import_ValidFolder_WritesEveryFileAndCountsRows(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.True(outcome.Succeeded);
        var expected = new Dictionary<string, int>
        {
            ["classes"] = 2, ["staff"] = 3, ["pupils"] = 3, ["parents"] = 2,
            ["subjects"] = 2, ["teaching"] = 3, ["marks"] = 4, ["absences"] = 2, ["contacts"] = 3,
            ["teacher_qualifications"] = 1, ["plan"] = 0,
        };
        Assert.Equal(expected, outcome.Counts);
        Assert.Equal(expected.ToDictionary(e => e.Key, e => (long)e.Value), folder.Rows());
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Import_ValidFolder_LoadsBackAsTheModel(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);

        // Act
        folder.Import();

        // Assert
        var data = folder.Database.Schools.Load(folder.School);
        Assert.Equal([StaffRole.SubjectTeacher, StaffRole.ClassTeacher], data.Staff.Single(s => s.Id == "t1").Roles);
        Assert.Equal(new Pupil("p2", "Бакыт кызы Айпери", "7a", new DateOnly(2013, 9, 30)), data.Pupils.Single(p => p.Id == "p2"));
        Assert.Equal(new Absence("p1", new DateOnly(2026, 9, 21), 6, AbsenceExcuse.Medical, "справка №12"), data.Absences[0]);
        Assert.Equal([2, 3], data.Marks.Where(m => m.PupilId == "p1").Select(m => m.Value));
    }

    [Fact]
    public void Import_SemicolonFileWithBomAndQuotedRoles_ReadsBothRoles()
    {
        // Arrange
        using var folder = new ImportFolder();
        var text = "staff_id;full_name;language;roles\nt1;Асанова Айгүл Бакытовна;ky;\"subject_teacher;class_teacher\"\nt2;Петрова Елена Сергеевна;ru;\"subject_teacher; class_teacher\"\nt3;Токтогулов Марат Эрмекович;ky;deputy_director\n";
        folder.WriteBytes("staff.csv", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.True(outcome.Succeeded);
        var staff = folder.Database.Schools.Load(folder.School).Staff;
        Assert.Equal([StaffRole.SubjectTeacher, StaffRole.ClassTeacher], staff.Single(s => s.Id == "t2").Roles);
        Assert.Equal("Асанова Айгүл Бакытовна", staff.Single(s => s.Id == "t1").FullName);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Import_SameFolderTwice_ChangesNothing(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);
        folder.Import();
        var before = folder.Database.Schools.Load(folder.School);
        var rows = folder.Rows();

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.Equal(rows, folder.Rows());
        var after = folder.Database.Schools.Load(folder.School);
        Assert.Equal(before.Marks, after.Marks);
        Assert.Equal(before.Pupils, after.Pupils);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Import_CorrectedMark_UpdatesValueWithoutDuplicating(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);
        folder.Import();
        folder.Write("marks.csv", "pupil_id,subject_id,date,value,kind\np1,math,2026-09-14,2,current\np1,math,2026-09-14,3,current\np2,math,2026-09-15,4,current\np3,russian_language,2026-09-16,4,current");

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.True(outcome.Succeeded);
        var marks = folder.Database.Schools.Load(folder.School).Marks;
        Assert.Equal(4, marks.Count);
        Assert.Equal(4, marks.Single(m => m.PupilId == "p2").Value);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Import_MarkEnteredTwiceThenCorrected_KeepsOneMark(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);
        folder.Import();
        folder.Write("marks.csv", "pupil_id,subject_id,date,value,kind\np1,math,2026-09-14,3,current");

        // Act
        folder.Import();

        // Assert
        var marks = folder.Database.Schools.Load(folder.School).Marks.Where(m => m.PupilId == "p1").ToList();
        Assert.Equal(3, Assert.Single(marks).Value);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void Import_MarksOnlyFolder_ResolvesAgainstTheDatabase(Backend backend)
    {
        // Arrange
        using var folder = new ImportFolder(backend: backend);
        folder.Import();
        foreach (var name in ImportFolder.Valid.Keys.Where(n => n != "marks.csv"))
        {
            folder.Delete(name);
        }

        folder.Write("marks.csv", "pupil_id,subject_id,date,value,kind\np3,math,2026-09-17,5,current\np2,russian_language,2026-09-17,4,current");

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.Equal(2, outcome.Counts["marks"]);
        Assert.Equal(0, outcome.Counts["pupils"]);
        Assert.Equal(6, folder.Rows()["marks"]);
        Assert.Equal(3, folder.Rows()["pupils"]);
    }

    [Fact]
    public void Import_MarksOnlyFolderForEmptySchool_ReportsUnknownPupil()
    {
        // Arrange
        using var folder = new ImportFolder(withFiles: false);
        folder.Write("marks.csv", "pupil_id,subject_id,date,value,kind\np3,math,2026-09-17,5,current");

        // Act
        var errors = folder.Import().Errors;

        // Assert
        Assert.Equal(["pupil_id", "subject_id"], errors.Select(e => e.Column));
        Assert.Equal("Обучающегося «p3» нет ни в pupils.csv, ни в базе данных.", errors[0].Message(CultureInfo.GetCultureInfo("ru-RU")));
    }

    [Fact]
    public void Summary_SucceededImport_ListsEntitiesInReadersLanguage()
    {
        // Arrange
        using var folder = new ImportFolder();

        // Act
        var lines = folder.Import().Summary(CultureInfo.GetCultureInfo("ky-KG"));

        // Assert
        Assert.Equal("Импорт аяктады. Жазылды:", lines[0]);
        Assert.Contains("  окуучулар: 3", lines);
        Assert.Contains("  баалар: 4", lines);
    }

    [Fact]
    public void Describe_CellError_PutsPlaceFirst()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("marks.csv", "pupil_id,subject_id,date,value,kind\np1,math,2026-09-14,7,current");

        // Act
        var text = Assert.Single(folder.Import().Errors).Describe(CultureInfo.GetCultureInfo("ru-RU"));

        // Assert
        Assert.Equal("marks.csv, строка 2, столбец «value»: Оценка 7 выходит за шкалу оценок вида «current» (1–5).", text);
    }

    [Fact]
    public void Import_RowsWithoutTheEmptyLastColumn_ReadItAsEmpty()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("absences.csv", "pupil_id,date,lessons,excuse,document\np1,2026-09-21,6,medical,справка №12\np3,2026-09-22,6,none\np2,2026-09-23,2,released,,");

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.True(outcome.Succeeded);
        var absence = folder.Database.Schools.Load(folder.School).Absences.Single(a => a.PupilId == "p3");
        Assert.Null(absence.Document);
    }
}
