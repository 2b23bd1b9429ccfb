using System.Text;
using System.Text.Json;
using InternalControl.Testing;
using InternalControl.Testing.Databases;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Hardening, finding 4: the same pupil never becomes two. Ids and names are brought to NFC; invisible characters in
/// ids, control characters and line breaks in any value, and a header that names a column twice are refused, located;
/// a row repeated with the same values is reported and counted once.
/// </summary>
public sealed class ImportIdentityTests
{
    private const string PupilsHeader = "pupil_id,full_name,class_id,birth_date\n";

    [Theory]
    [InlineData("\u200B", "U+200B")]
    [InlineData("\u200F", "U+200F")]
    [InlineData("\uFEFF", "U+FEFF")]
    public void Finding4_IdWithAnInvisibleCharacter_IsRefusedAtItsCellAndChangesNothing(string invisible, string code)
    {
        using var school = new SchoolFixture();
        var before = DatabaseSnapshot.Of(school.Db);

        var (english, russian) = school.Import("pupils.csv", PupilsHeader + "p0001" + invisible + ",Мамыткулов Нурлан Талантович,1a,2018-10-06\n", "en", "ru");

        Assert.Equal(1, english.ExitCode);
        Assert.StartsWith("The id holds an invisible character (" + code + " at position 6)", OnlyError(english).GetProperty("message").GetString());
        Assert.Equal(1, russian.ExitCode);
        var error = OnlyError(russian);
        Assert.Equal(("pupils.csv", 2, "pupil_id"), (error.GetProperty("file").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal("В идентификаторе есть невидимый символ (" + code + " на позиции 6); идентификатор должен печататься так, как хранится.", error.GetProperty("message").GetString());
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    [Fact]
    public void Finding4_TheNfdFormOfAnNfcIdAndName_IsTheSamePupil()
    {
        using var temp = new TempFolder();
        var db = temp.File("ic.db");
        Ic.Run("init", "--country", "kz", "--school", "S", "--year", "2026-2027", "--db", db);
        temp.Write("in/classes.csv", "class_id,name,grade_level,language\n7a,7А,7,kk\n");
        temp.Write("in/pupils.csv", PupilsHeader + "Ё1,Әлиев Йосиф,7a,2013-04-01\n");
        Assert.Equal(0, Ic.Run("import", temp.File("in"), "--db", db).ExitCode);
        var before = DatabaseSnapshot.Of(db);
        var decomposed = "Ё1,Әлиев Йосиф,7a,2013-04-01".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Ё1,Әлиев Йосиф,7a,2013-04-01", decomposed);
        temp.Write("in2/pupils.csv", PupilsHeader + decomposed + "\n");

        var run = Ic.Run("import", temp.File("in2"), "--db", db, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(db));
    }

    [Fact]
    public void Finding4_AnEscapeSequenceInAName_IsRefusedAtItsCell()
    {
        using var school = new SchoolFixture();
        var before = DatabaseSnapshot.Of(school.Db);

        var (kyrgyz, english) = school.Import("staff.csv", "staff_id,full_name,language,roles\nt001,\u001b[31mТоктосунова\u001b[0m,ky,director\n", "ky", "en");

        Assert.Equal(1, kyrgyz.ExitCode);
        Assert.Equal(1, english.ExitCode);
        Assert.StartsWith("Мааниде көрсөтүүгө мүмкүн болбогон башкаруу белгиси бар (1-белгиде U+001B)", OnlyError(kyrgyz).GetProperty("message").GetString());
        var error = OnlyError(english);
        Assert.Equal(("staff.csv", 2, "full_name"), (error.GetProperty("file").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal("The value holds a control character (U+001B at position 1) that cannot be shown; remove it.", error.GetProperty("message").GetString());
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
        Assert.DoesNotContain('\u001b', school.Run("tasks").Out);
    }

    [Fact]
    public void Finding4_ALineBreakInsideAQuotedName_IsRefused()
    {
        using var school = new SchoolFixture();
        var before = DatabaseSnapshot.Of(school.Db);

        var (russian, kazakh) = school.Import("pupils.csv", PupilsHeader + "p0001,\"Мамыткулов\nНурлан\",1a,2018-10-06\n", "ru", "kk");

        Assert.Equal(1, russian.ExitCode);
        Assert.Equal("full_name", OnlyError(russian).GetProperty("column").GetString());
        Assert.StartsWith("В значении есть перевод строки (U+000A на позиции 11)", OnlyError(russian).GetProperty("message").GetString());
        Assert.Equal(1, kazakh.ExitCode);
        Assert.StartsWith("Мәнде жол ауыстыру бар (11-таңбада U+000A)", OnlyError(kazakh).GetProperty("message").GetString());
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    [Fact]
    public void Finding4_TheSameColumnTwiceInAHeader_IsRefused()
    {
        using var school = new SchoolFixture();
        var before = DatabaseSnapshot.Of(school.Db);

        var (english, kyrgyz) = school.Import("pupils.csv", "pupil_id,full_name,class_id,birth_date,full_name\np0001,Мамыткулов Нурлан Талантович,1a,2018-10-06,Другой\n", "en", "ky");

        Assert.Equal(1, english.ExitCode);
        Assert.Equal("Column \"full_name\" appears twice in the header (columns 2 and 5).", OnlyError(english).GetProperty("message").GetString());
        Assert.Equal(1, OnlyError(english).GetProperty("row").GetInt32());
        Assert.Equal(1, kyrgyz.ExitCode);
        Assert.Equal("«full_name» тилкеси баш сапта эки жолу кездешет (2 жана 5 тилкелер).", OnlyError(kyrgyz).GetProperty("message").GetString());
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    [Fact]
    public void Finding4_ARowRepeatedWithTheSameValues_IsReportedAndCountedOnce()
    {
        using var temp = new TempFolder();
        var db = SchoolFixture.Empty(temp);
        temp.Write("in/classes.csv", "class_id,name,grade_level,language\n7a,7А,7,ky\n");
        temp.Write("in/pupils.csv", PupilsHeader + "P1,Асанов Бакыт,7a,2013-04-01\nP1,Асанов Бакыт,7a,2013-04-01\n");

        var run = Ic.Run("import", temp.File("in"), "--db", db, "--json", "--lang", "ru");
        var english = Ic.Run("import", temp.File("in"), "--db", db, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(1, root.GetProperty("imported").GetProperty("pupils").GetInt32());
        var notice = Assert.Single(root.GetProperty("notices").EnumerateArray());
        Assert.Equal(("pupils.csv", 3), (notice.GetProperty("file").GetString(), notice.GetProperty("row").GetInt32()));
        Assert.Equal("Эта строка повторяет строку 2 с теми же значениями; она записывается один раз.", notice.GetProperty("message").GetString());
        Assert.Contains("This row repeats row 2 with the same values", english.Out);
        Assert.Equal(1, DatabaseSnapshot.Of(db).Tables["pupils"].Rows);
    }

    private static JsonElement OnlyError(IcRun run) =>
        Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("errors").EnumerateArray());
}
