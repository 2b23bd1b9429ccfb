using InternalControl.Application.Import;
using static InternalControl.Testing.Cultures;

namespace InternalControl.Application.Tests.Import;

/// <summary>References, duplicates and how many errors an import reports: each with its file, row and column.</summary>
public sealed class ImportReferenceErrorTests
{
    [Fact]
    public void Import_PupilOfUnknownClass_ReportsClassIdCell()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("pupils.csv", "pupil_id,full_name,class_id,birth_date\np1,Мамыткулов Айбек Бакытович,7a,2013-04-12\np2,Бакыт кызы Айпери,7a,2013-09-30\np3,Иванов Илья Петрович,9z,2013-01-05");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("pupils.csv", 4, "class_id"), (error.File, error.Row, error.Column));
        Assert.Equal("Класса «9z» нет ни в classes.csv, ни в базе данных.", error.Message(Ru));
        Assert.Equal("classes.csv файлында да, маалыматтар базасында да «9z» классы жок.", error.Message(Ky));
    }

    [Fact]
    public void Import_PupilInTwoClasses_ReportsSecondRow()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("pupils.csv", "pupil_id,full_name,class_id,birth_date\np1,Мамыткулов Айбек Бакытович,7a,2013-04-12\np2,Бакыт кызы Айпери,7a,2013-09-30\np3,Иванов Илья Петрович,7b,2013-01-05\np1,Мамыткулов Айбек Бакытович,7b,2013-04-12");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("pupils.csv", 5, "class_id"), (error.File, error.Row, error.Column));
        Assert.Equal("Обучающийся «p1» уже числится в классе «7a» (строка 2) и не может быть также в классе «7b».", error.Message(Ru));
        Assert.Equal("«p1» окуучусу «7a» классында окуйт (2-сап), ал «7b» классында да боло албайт.", error.Message(Ky));
    }

    [Fact]
    public void Import_DuplicateIdWithOtherValues_NamesFirstRow()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("subjects.csv", "subject_id,name_kk,name_ky,name_ru,name_en\nmath,Математика,Математика,Математика,Mathematics\nrussian_language,Орыс тілі,Орус тили,Русский язык,Russian language\nmath,Алгебра,Алгебра,Алгебра,Algebra");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("subjects.csv", 4, "subject_id"), (error.File, error.Row, error.Column));
        Assert.Equal("«math» уже есть в строке 2 с другими значениями.", error.Message(Ru));
        Assert.Equal("«math» 2-сапта башка маанилер менен мурунтан эле бар.", error.Message(Ky));
    }

    [Fact]
    public void Import_DuplicateRowWithSameValues_IsReadOnce()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("subjects.csv", "subject_id,name_kk,name_ky,name_ru,name_en\nmath,Математика,Математика,Математика,Mathematics\nrussian_language,Орыс тілі,Орус тили,Русский язык,Russian language\nmath,Математика,Математика,Математика,Mathematics");

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.Equal(2, folder.Rows()["subjects"]);
    }

    [Fact]
    public void Import_ClassTeacherNotInStaff_ReportsClassTeacherCell()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("classes.csv", "class_id,name,grade_level,language,class_teacher_id\n7a,7А,7,ky,t1\n7b,7Б,7,ru,t9");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("classes.csv", 3, "class_teacher_id"), (error.File, error.Row, error.Column));
        Assert.Equal("Сотрудника «t9» нет ни в staff.csv, ни в базе данных.", error.Message(Ru));
        Assert.Equal("staff.csv файлында да, маалыматтар базасында да «t9» кызматкери жок.", error.Message(Ky));
    }

    [Fact]
    public void Import_SeveralBadValues_ReportsEveryOne()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("marks.csv", "pupil_id,subject_id,date,value,kind\np1,math,2026-09-14,7,current\np1,physics,2026-09-14,4,current\np9,math,2026-13-01,4,current");

        // Act
        var errors = folder.Import().Errors;

        // Assert
        Assert.Equal(
            [(2, "value"), (3, "subject_id"), (4, "pupil_id"), (4, "date")],
            errors.Select(e => (e.Row, e.Column)));
    }

    [Fact]
    public void Import_ManyBadRows_StopsAtTheCap()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("marks.csv", "pupil_id,subject_id,date,value,kind\n" + string.Join("\n", Enumerable.Repeat("p1,math,2026-09-14,0,current", 500)));

        // Act
        var errors = folder.Import().Errors;

        // Assert
        Assert.Equal(SchoolImporter.ErrorCap + 1, errors.Count);
        Assert.Equal("Import.TooManyErrors", errors[^1].Key);
        Assert.Equal("Ошибок больше 200: остальные не проверялись. Исправьте эти и повторите импорт.", errors[^1].Message(Ru));
        Assert.Equal("Каталардын саны чектен ашты (200): калгандары текшерилген жок. Буларды оңдоп, кайра импорттаңыз.", errors[^1].Message(Ky));
    }

    [Fact]
    public void Import_AnyError_WritesNothing()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("absences.csv", "pupil_id,date,lessons,excuse,document\np1,2026-09-21,6,sick,");

        // Act
        var outcome = folder.Import();

        // Assert
        Assert.False(outcome.Succeeded);
        Assert.All(folder.Rows().Values, count => Assert.Equal(0, count));
    }
}
