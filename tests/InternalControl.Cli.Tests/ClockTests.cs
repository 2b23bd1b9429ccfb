using InternalControl.Testing.Databases;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Hardening, finding 8: a far-off --now is refused unless --force, the clock never runs backwards for a database,
/// and --now "" is an error; none of them changes anything.
/// </summary>
public sealed class ClockTests
{
    [Fact]
    public void Finding8_TickAtAFarFutureNow_IsRefusedAndFiresNothing()
    {
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var before = DatabaseSnapshot.Of(school.Db);

        var english = Ic.Run("tick", "--db", school.Db, "--now", "9999-12-31", "--lang", "en");
        var russian = Ic.Run("tick", "--db", school.Db, "--now", "9999-12-31", "--lang", "ru");

        Assert.Equal(1, english.ExitCode);
        Assert.Contains("--now 9999-12-31 is outside the school year 2026-2027 and the next (2026-08-01 to 2028-07-31)", english.Error);
        Assert.Contains("--force", english.Error);
        Assert.Equal(1, russian.ExitCode);
        Assert.Contains("--now 9999-12-31 вне учебного года 2026-2027 и следующего", russian.Error);
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    [Fact]
    public void Finding8_ANowBeforeTheLatestJournalEntry_IsRefusedWithTheReason()
    {
        using var school = new SchoolFixture();
        school.Run("evaluate");
        var before = DatabaseSnapshot.Of(school.Db);

        var kyrgyz = Ic.Run("tick", "--db", school.Db, "--now", "2026-11-01", "--lang", "ky");
        var english = Ic.Run("evaluate", "--db", school.Db, "--now", "2026-11-01", "--lang", "en");

        Assert.Equal(1, kyrgyz.ExitCode);
        Assert.Contains("--now 2026-11-01 иштер журналындагы акыркы жазуудан (2026-11-27) эрте", kyrgyz.Error);
        Assert.Equal(1, english.ExitCode);
        Assert.Contains("--now 2026-11-01 is earlier than the latest entry of the case journal (2026-11-27): the journal's time never runs backwards", english.Error);
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    [Fact]
    public void Finding8_AnEmptyNow_IsAnError()
    {
        using var school = new SchoolFixture();
        var before = DatabaseSnapshot.Of(school.Db);

        var english = Ic.Run("tick", "--db", school.Db, "--now", "", "--lang", "en");
        var kazakh = Ic.Run("tick", "--db", school.Db, "--now", " ", "--lang", "kk");

        Assert.Equal(1, english.ExitCode);
        Assert.Contains("--now is empty: give a date as YYYY-MM-DD", english.Error);
        Assert.Equal(1, kazakh.ExitCode);
        Assert.Contains("--now бос", kazakh.Error);
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }
}
