using System.Globalization;
using InternalControl.Application.Import;
using InternalControl.Kernel.Schools;
using InternalControl.Testing;

namespace InternalControl.Application.Tests.Import;

/// <summary>
/// The roster's roles column: a teacher who also heads the methodological council (әдістемелік кеңестің төрағасы) is
/// written <c>subject_teacher|methodological_council_head</c>, in a CSV folder and in a workbook alike, and holds both
/// roles when the school is loaded back.
/// </summary>
public sealed class StaffRoleImportTests
{
    private const string Staff = """
        staff_id,full_name,language,roles
        t1,Асанова Айгүл Бакытовна,ky,subject_teacher|class_teacher
        t2,Петрова Елена Сергеевна,ru,subject_teacher|class_teacher
        t3,Токтогулов Марат Эрмекович,ky,deputy_director
        t4,Омарова Айым Ержанқызы,kk,subject_teacher|methodological_council_head
        """;

    [Fact]
    public void Import_FolderWithTheCouncilHeadsRole_TheTeacherHoldsBothRoles()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("staff.csv", Staff);

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Summary(CultureInfo.InvariantCulture)));
        var head = folder.Database.Schools.Load(folder.School).Staff.Single(s => s.Has(StaffRole.MethodologicalCouncilHead));
        Assert.Equal("t4", head.Id);
        Assert.Equal([StaffRole.SubjectTeacher, StaffRole.MethodologicalCouncilHead], head.Roles);
    }

    [Fact]
    public void Import_WorkbookWithTheCouncilHeadsRole_TheTeacherHoldsBothRoles()
    {
        // Arrange
        using var folder = new ImportFolder(withFiles: false);
        var book = Path.Combine(folder.Path, "school.xlsx");
        ImportFiles.Workbook(book, new Dictionary<string, string>(ImportFolder.Valid) { ["staff.csv"] = Staff });

        // Act
        var outcome = new SchoolImporter(folder.Database).Import(folder.School, book);

        // Assert
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Summary(CultureInfo.InvariantCulture)));
        var head = folder.Database.Schools.Load(folder.School).Staff.Single(s => s.Has(StaffRole.MethodologicalCouncilHead));
        Assert.Equal("t4", head.Id);
        Assert.Equal([StaffRole.SubjectTeacher, StaffRole.MethodologicalCouncilHead], head.Roles);
    }
}
