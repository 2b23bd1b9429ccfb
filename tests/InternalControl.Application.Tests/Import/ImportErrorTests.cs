using InternalControl.Application.Import;
using static InternalControl.Testing.Cultures;

namespace InternalControl.Application.Tests.Import;

/// <summary>Each kind of bad value, reported with its file, row and column in the reader's language.</summary>
public sealed class ImportErrorTests
{
    [Fact]
    public void Import_CurrentMarkSeven_ReportsValueOutsideScale()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("marks.csv", "pupil_id,subject_id,date,value,kind\np1,math,2026-09-14,7,current");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("marks.csv", 2, "value"), (error.File, error.Row, error.Column));
        Assert.Equal("Оценка 7 выходит за шкалу оценок вида «current» (1–5).", error.Message(Ru));
        Assert.Equal("7 баасы «current» түрүндөгү баалардын шкаласынан тышкары (1–5).", error.Message(Ky));
    }

    [Fact]
    public void Import_FormativeEleven_ReportsTenPointScale()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("marks.csv", "pupil_id,subject_id,date,value,kind\np1,math,2026-09-14,11,formative");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("marks.csv", 2, "value"), (error.File, error.Row, error.Column));
        Assert.Equal("Оценка 11 выходит за шкалу оценок вида «formative» (1–10).", error.Message(Ru));
        Assert.Equal("11 бағасы «formative» түріндегі бағалар шкаласынан тыс (1–10).", error.Message(Kk));
    }

    [Fact]
    public void Import_February30_ReportsDateCell()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("marks.csv", "pupil_id,subject_id,date,value,kind\np1,math,2026-09-14,4,current\np1,math,2026-02-30,4,current");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("marks.csv", 3, "date"), (error.File, error.Row, error.Column));
        Assert.Equal("«2026-02-30» — недопустимая дата (формат гггг-ММ-дд, например 2026-09-01).", error.Message(Ru));
        Assert.Equal("«2026-02-30» — туура дата эмес (формат: жжжж-АА-кк, мисалы 2026-09-01).", error.Message(Ky));
    }

    [Fact]
    public void Import_MissingColumn_ReportsHeaderRow()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("marks.csv", "pupil_id,subject_id,date,value\np1,math,2026-09-14,4");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("marks.csv", 1, "kind"), (error.File, error.Row, error.Column));
        Assert.Equal("В строке заголовков нет столбца «kind».", error.Message(Ru));
        Assert.Equal("Тақырып жолында «kind» бағаны жоқ.", error.Message(Kk));
    }

    [Fact]
    public void Import_UnknownClassLanguage_ListsTheCodes()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("classes.csv", "class_id,name,grade_level,language,class_teacher_id\n7a,7А,7,de,t1\n7b,7Б,7,ru,t2");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("classes.csv", 2, "language"), (error.File, error.Row, error.Column));
        Assert.Equal("Неизвестный язык «de»: укажите один из кодов kk, ky, ru.", error.Message(Ru));
        Assert.Equal("Белгисиз тил «de»: kk, ky, ru коддорунун бирин жазыңыз.", error.Message(Ky));
    }

    [Fact]
    public void Import_UnknownRole_ReportsRolesCell()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("staff.csv", "staff_id,full_name,language,roles\nt1,Асанова Айгүл Бакытовна,ky,subject_teacher|class_teacher\nt2,Петрова Елена Сергеевна,ru,subject_teacher|class_teacher\nt3,Токтогулов Марат Эрмекович,ky,headmaster");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("staff.csv", 4, "roles"), (error.File, error.Row, error.Column));
        Assert.StartsWith("Неизвестная роль «headmaster»: укажите одно из значений subject_teacher, class_teacher,", error.Message(Ru));
        Assert.StartsWith("Белгисиз роль «headmaster»: subject_teacher, class_teacher,", error.Message(Ky));
    }

    [Fact]
    public void Import_UnknownMarkKind_ReportsKindCell()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("marks.csv", "pupil_id,subject_id,date,value,kind\np1,math,2026-09-14,4,weekly");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("marks.csv", 2, "kind"), (error.File, error.Row, error.Column));
        Assert.Equal("Неизвестный вид оценки «weekly»: укажите одно из значений current, quarter, year, formative, unit_summative, term_summative.", error.Message(Ru));
        Assert.Equal("Баанын белгисиз түрү «weekly»: current, quarter, year, formative, unit_summative, term_summative маанилеринин бирин жазыңыз.", error.Message(Ky));
    }

    [Fact]
    public void Import_UnknownExcuse_ReportsExcuseCell()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("absences.csv", "pupil_id,date,lessons,excuse,document\np1,2026-09-21,6,sick,");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("absences.csv", 2, "excuse"), (error.File, error.Row, error.Column));
        Assert.Equal("Неизвестная причина пропуска «sick»: укажите одно из значений none, medical, parent_note, event, released, family.", error.Message(Ru));
        Assert.Equal("Сабакка келбөө себебинин белгисиз коду «sick»: none, medical, parent_note, event, released, family маанилеринин бирин жазыңыз.", error.Message(Ky));
    }

    [Fact]
    public void Import_EmptyRequiredValue_NamesTheColumn()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("pupils.csv", "pupil_id,full_name,class_id,birth_date\np1,,7a,2013-04-12\np2,Бакыт кызы Айпери,7a,2013-09-30\np3,Иванов Илья Петрович,7b,2013-01-05");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("pupils.csv", 2, "full_name"), (error.File, error.Row, error.Column));
        Assert.Equal("Значение «full_name» не заполнено, а оно обязательно.", error.Message(Ru));
        Assert.Equal("«full_name» мааниси толтурулган эмес, бирок ал милдеттүү.", error.Message(Ky));
    }

    [Fact]
    public void Import_GradeNotANumber_ReportsGradeCell()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("classes.csv", "class_id,name,grade_level,language,class_teacher_id\n7a,7А,седьмой,ky,t1\n7b,7Б,7,ru,t2");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("classes.csv", 2, "grade_level"), (error.File, error.Row, error.Column));
        Assert.Equal("«седьмой» не является целым числом.", error.Message(Ru));
        Assert.Equal("«седьмой» бүтүн сан эмес.", error.Message(Ky));
    }

    [Fact]
    public void Import_GradeTwelve_ReportsRange()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("classes.csv", "class_id,name,grade_level,language,class_teacher_id\n7a,7А,12,ky,t1\n7b,7Б,7,ru,t2");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("classes.csv", 2, "grade_level"), (error.File, error.Row, error.Column));
        Assert.Equal("12 вне допустимых пределов: значение должно быть от 1 до 11.", error.Message(Ru));
        Assert.Equal("12 рұқсат етілген шектен тыс: мән 1–11 аралығында болуы керек.", error.Message(Kk));
    }

    [Fact]
    public void Import_BadPhone_ReportsPhoneCell()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("parents.csv", "parent_id,full_name,pupil_id,language,phone,email\ng1,Мамыткулов Бакыт Асанович,p1,ky,звонить вечером,");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("parents.csv", 2, "phone"), (error.File, error.Row, error.Column));
        Assert.Equal("«звонить вечером» не является номером телефона (цифры, знак + и пробелы, например +7 701 123 45 67).", error.Message(Ru));
        Assert.Equal("«звонить вечером» телефон номери эмес (сандар, + белгиси жана боштуктар, мисалы +996 555 123 456).", error.Message(Ky));
    }

    [Fact]
    public void Import_RowWithExtraValue_ReportsFieldCount()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("pupils.csv", "pupil_id,full_name,class_id,birth_date\np1,Мамыткулов Айбек Бакытович,7a,2013-04-12\np2,Бакыт кызы Айпери,7a,2013-09-30\np3,Иванов Илья Петрович,7b,2013-01-05\np4,Сидоров, Пётр,7b,2013-02-02");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("pupils.csv", 5, ""), (error.File, error.Row, error.Column));
        Assert.Equal("В строке 5 значений, а в заголовке 4 столбцов (нет ли разделителя внутри значения без кавычек?).", error.Message(Ru));
        Assert.Equal("Жолда 5 мән бар, ал тақырыпта 4 баған (мәннің ішінде тырнақшасыз бөлгіш тұрған жоқ па?).", error.Message(Kk));
    }

    [Fact]
    public void Import_BlankLineBeforeBadRow_CountsRowsAsSpreadsheet()
    {
        // Arrange
        using var folder = new ImportFolder();
        folder.Write("marks.csv", "pupil_id,subject_id,date,value,kind\np1,math,2026-09-14,4,current\n\np1,math,2026-09-15,9,current");

        // Act
        var error = Assert.Single(folder.Import().Errors);

        // Assert
        Assert.Equal(("marks.csv", 4, "value"), (error.File, error.Row, error.Column));
    }
}
