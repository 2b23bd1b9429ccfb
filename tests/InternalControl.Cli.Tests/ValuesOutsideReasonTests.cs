using System.Globalization;
using System.Text.Json;
using InternalControl.Testing;
using InternalControl.Testing.Databases;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Hardening, finding 6: values outside reason are located errors that change nothing: birth dates before 1990 or in
/// the future, mark dates outside the school year, negative or fractional counts and far-off dates in task forms,
/// scores for an object the school does not have, and the same --field twice.
/// </summary>
public sealed class ValuesOutsideReasonTests
{
    [Fact]
    public void Finding6_BirthDatesBefore1990OrInTheFuture_AreRefusedAtTheirCells()
    {
        using var school = new SchoolFixture();
        var before = DatabaseSnapshot.Of(school.Db);

        var (english, kyrgyz) = school.Import("pupils.csv", "pupil_id,full_name,class_id,birth_date\np0001,Мамыткулов Нурлан,1a,1985-01-01\np0002,Асанова Бермет,1a,2099-01-01\n", "en", "ky");

        Assert.Equal(1, english.ExitCode);
        var errors = Errors(english);
        Assert.Equal([(2, "birth_date"), (3, "birth_date")], errors.Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()!)));
        Assert.Equal("Birth date 1985-01-01 is out of reason: a pupil's birth date is from 1990-01-01 to 2026-11-27 (today).", errors[0].GetProperty("message").GetString());
        Assert.Equal(1, kyrgyz.ExitCode);
        Assert.Equal("Туулган күнү 2099-01-01 акылга сыйбайт: окуучунун туулган күнү 1990-01-01 менен 2026-11-27 (бүгүн) ортосунда болот.", Errors(kyrgyz)[1].GetProperty("message").GetString());
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    [Fact]
    public void Finding6_AMarkDateOutsideTheSchoolYear_IsRefusedAtItsCell()
    {
        using var school = new SchoolFixture();
        var before = DatabaseSnapshot.Of(school.Db);

        var (russian, kazakh) = school.Import("marks.csv", "pupil_id,subject_id,date,value,kind\np0001,math,2025-05-01,4,current\n", "ru", "kk");

        Assert.Equal(1, russian.ExitCode);
        var error = Assert.Single(Errors(russian));
        Assert.Equal(("marks.csv", 2, "date"), (error.GetProperty("file").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal("Дата оценки 2025-05-01 вне учебного года (2026-09-01 – 2027-05-28).", error.GetProperty("message").GetString());
        Assert.Equal("Баға күні 2025-05-01 оқу жылынан тыс (2026-09-01 – 2027-05-28).", Assert.Single(Errors(kazakh)).GetProperty("message").GetString());
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    // The shipped No. 97 forms hold no number field since 6.1 shows the counts the school already has instead of asking
    // for them; a negative or fractional count is refused by the runtime for any form that has one
    // (InternalControl.Workflows.Tests: InboxTests.Finding6_ANegativeOrFractionalCount_IsRefusedForItsField_AndTheTaskStaysOpen).

    [Fact]
    public void Finding6_AnInformedDateIn2099_IsRefusedForItsField()
    {
        using var school = new SchoolFixture();
        school.Run("evaluate");
        Assert.Equal(0, school.Run("complete", FirstTask(school, "individual_work"), "--outcome", "no_change", "--field", "problems=дроби").ExitCode);
        var task = FirstTask(school, "report_5_10");
        var before = DatabaseSnapshot.Of(school.Db);

        var english = school.Run("complete", task, "--outcome", "filed", "--field", "class_teacher_informed=2026-11-25", "--field", "parent_informed=2099-01-01", "--lang", "en");
        var kyrgyz = school.Run("complete", task, "--outcome", "filed", "--field", "class_teacher_informed=2026-11-25", "--field", "parent_informed=2099-01-01", "--lang", "ky");

        Assert.Equal(1, english.ExitCode);
        Assert.Contains("2099-01-01 is not a day from 2025-11-27 to 2026-11-27: the date records what has already happened", english.Out + english.Error);
        Assert.Equal(1, kyrgyz.ExitCode);
        Assert.Contains("2099-01-01 2025-11-27 менен 2026-11-27 ортосундагы күн эмес", kyrgyz.Out + kyrgyz.Error);
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    [Fact]
    public void Finding6_TheSameFieldTwice_IsRefused()
    {
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var task = FirstTask(school, "individual_work");
        var before = DatabaseSnapshot.Of(school.Db);

        var russian = school.Run("complete", task, "--outcome", "no_change", "--field", "problems=дроби", "--field", "problems=проценты", "--lang", "ru");
        var kazakh = school.Run("complete", task, "--outcome", "no_change", "--field", "problems=дроби", "--field", "problems=проценты", "--lang", "kk");

        russian.AssertError(1, "Поле «problems» указано дважды; укажите каждое поле один раз.");
        kazakh.AssertError(1, "«problems» өрісі екі рет берілген");
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    [Fact]
    public void Finding6_ScoresForAnObjectThatDoesNotExist_AreRefusedAtTheirCell()
    {
        using var temp = new TempFolder();
        var db = temp.File("kz.db");
        Assert.Equal(0, Ic.Run("init", "--country", "kz", "--school", "Sample", "--year", "2026-2027", "--db", db).ExitCode);
        Assert.Equal(0, Ic.Run("import", Path.Combine(AppContext.BaseDirectory, "samples", "kz-school"), "--db", db).ExitCode);
        Assert.Equal(0, Ic.Run("tasks", "--db", db, "--now", "2026-11-27").ExitCode);
        var file = temp.Write("scores.csv", "object_id,object_kind,sheet,criterion,score,date,inspector_id\nt999,teacher,II.3,1,0,2026-11-16,t002\n");
        var before = DatabaseSnapshot.Of(db);

        var english = Ic.Run("control", "score", file, "--db", db, "--now", "2026-11-27", "--lang", "en", "--json");
        var russian = Ic.Run("control", "score", file, "--db", db, "--now", "2026-11-27", "--lang", "ru", "--json");

        Assert.Equal(1, english.ExitCode);
        var error = Assert.Single(Errors(english));
        Assert.Equal(("scores.csv", 2, "object_id"), (error.GetProperty("file").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal("\"t999\" is not a member of staff, a class or a pupil of the school.", error.GetProperty("message").GetString());
        Assert.Equal("«t999» — не сотрудник, не класс и не обучающийся школы.", Assert.Single(Errors(russian)).GetProperty("message").GetString());
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(db));
    }

    private static List<JsonElement> Errors(IcRun run) =>
        [.. JsonDocument.Parse(run.Out).RootElement.GetProperty("errors").EnumerateArray()];

    private static string FirstTask(SchoolFixture school, string step) =>
        JsonDocument.Parse(school.Run("tasks", "--json").Out).RootElement.EnumerateArray()
            .First(t => t.GetProperty("step").GetString() == step)
            .GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
}
