using InternalControl.Application.Import;

namespace InternalControl.Application.Tests.Import;

public sealed class ImportPreviewTests
{
    [Fact]
    public void Preview_IntoAnEmptySchool_CountsEveryRowAsAddedAndWritesNothing()
    {
        // Arrange
        using var folder = new ImportFolder();

        // Act
        var preview = new SchoolImporter(folder.Database).Preview(folder.School, folder.Path);

        // Assert
        Assert.True(preview.Succeeded);
        Assert.Equal(new ImportChange("pupils", 3, 0, 0), preview.Of("pupils"));
        Assert.Equal(new ImportChange("marks", 4, 0, 0), preview.Of("marks"));
        Assert.Equal(new ImportChange("contacts", 3, 0, 0), preview.Of("contacts"));
        Assert.All(folder.Rows().Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public void Preview_AfterAnImport_CountsAddedChangedAndUnchangedPerFile()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Import();
        folder.Write("pupils.csv", """
            pupil_id,full_name,class_id,birth_date
            p1,Мамыткулов Айбек Бакытович,7a,2013-04-12
            p2,Бакыт кызы Айпери,7b,2013-09-30
            p3,Иванов Илья Петрович,7b,2013-01-05
            p4,Садыкова Нурай Азаматовна,7a,2013-06-01
            """);
        folder.Write("marks.csv", """
            pupil_id,subject_id,date,value,kind
            p1,math,2026-09-14,2,current
            p1,math,2026-09-14,4,current
            p2,math,2026-09-15,5,current
            p3,russian_language,2026-09-16,4,current
            p3,math,2026-09-16,3,current
            """);
        folder.Write("contacts.csv", """
            person_kind,person_id,channel,address,preference
            parent,g1,sms,+996 555 123 456,1
            staff,t1,email,aigul.asanova@example.org,1
            staff,t2,email,elena@example.org,1
            """);
        var before = folder.Rows();

        // Act
        var preview = new SchoolImporter(folder.Database).Preview(folder.School, folder.Path);

        // Assert
        Assert.True(preview.Succeeded);
        Assert.Equal(new ImportChange("pupils", 1, 1, 2), preview.Of("pupils"));
        Assert.Equal(new ImportChange("marks", 1, 1, 3), preview.Of("marks"));
        Assert.Equal(new ImportChange("contacts", 0, 1, 2), preview.Of("contacts"));
        Assert.Equal(new ImportChange("staff", 0, 0, 3), preview.Of("staff"));
        Assert.Equal(before, folder.Rows());
    }

    [Fact]
    public void Preview_FolderWithABadRow_GivesTheLocatedErrorAndNoChanges()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("teaching.csv", "class_id,subject_id,teacher_id\n7a,math,t1\n7a,physics,t1");

        // Act
        var preview = new SchoolImporter(folder.Database).Preview(folder.School, folder.Path);

        // Assert
        var error = Assert.Single(preview.Errors);
        Assert.Equal(("teaching.csv", 3, "subject_id"), (error.File, error.Row, error.Column));
        Assert.Empty(preview.Changes);
    }
}
