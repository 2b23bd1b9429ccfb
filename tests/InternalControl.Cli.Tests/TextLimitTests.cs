using System.Text.Json;
using InternalControl.Kernel.Text;
using InternalControl.Testing.Databases;

namespace InternalControl.Cli.Tests;

/// <summary>Hardening, finding 5: every text field has a maximum length (<see cref="TextLimits"/>); a longer value is a located error.</summary>
public sealed class TextLimitTests
{
    [Fact]
    public void Finding5_AMegabyteName_IsRefusedAtItsCellAndChangesNothing()
    {
        using var school = new SchoolFixture();
        var name = new string('А', 1 << 20);
        var before = DatabaseSnapshot.Of(school.Db);

        var (english, kazakh) = school.Import("staff.csv", "staff_id,full_name,language,roles\nt001," + name + ",ky,director\n", "en", "kk");

        Assert.Equal(1, english.ExitCode);
        var error = Assert.Single(JsonDocument.Parse(english.Out).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("staff.csv", 2, "full_name"), (error.GetProperty("file").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal("The value is 1048576 characters long; at most 200 are allowed.", error.GetProperty("message").GetString());
        Assert.Equal(1, kazakh.ExitCode);
        var kazakhError = Assert.Single(JsonDocument.Parse(kazakh.Out).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("Мәннің ұзындығы 1048576 таңба; ең көбі 200 таңбаға рұқсат етіледі.", kazakhError.GetProperty("message").GetString());
        Assert.True(kazakh.Out.Length < 10_000);
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    [Fact]
    public void Finding5_AnIdOneOverItsLimit_IsRefusedAndOneAtItsLimitIsNot()
    {
        using var school = new SchoolFixture();
        var atLimit = new string('x', TextLimits.Id);
        var folder = Path.GetDirectoryName(school.Temp.Write("in/subjects.csv",
            "subject_id,name_kk,name_ky,name_ru,name_en\n" + atLimit + "y,А,А,А,A\n"))!;
        var before = DatabaseSnapshot.Of(school.Db);

        var russian = school.Run("import", folder, "--lang", "ru", "--json");
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
        school.Temp.Write("in/subjects.csv", "subject_id,name_kk,name_ky,name_ru,name_en\n" + atLimit + ",А,А,А,A\n");
        var accepted = school.Run("import", folder, "--lang", "en");

        Assert.Equal(1, russian.ExitCode);
        var error = Assert.Single(JsonDocument.Parse(russian.Out).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("subjects.csv", 2, "subject_id"), (error.GetProperty("file").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal("Длина значения 65 символов; допускается не больше 64.", error.GetProperty("message").GetString());
        Assert.Equal(0, accepted.ExitCode);
    }
}
