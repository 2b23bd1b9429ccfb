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

        english.AssertError(1, "--now 9999-12-31 is outside the school year 2026-2027 and the next (2026-08-01 to 2028-07-31)", "--force");
        russian.AssertError(1, "--now 9999-12-31 вне учебного года 2026-2027 и следующего");
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

        kyrgyz.AssertError(1, "--now 2026-11-01 иштер журналындагы акыркы жазуудан (2026-11-27) эрте");
        english.AssertError(1, "--now 2026-11-01 is earlier than the latest entry of the case journal (2026-11-27): the journal's time never runs backwards");
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    [Fact]
    public void Finding8_AnEmptyNow_IsAnError()
    {
        using var school = new SchoolFixture();
        var before = DatabaseSnapshot.Of(school.Db);

        var english = Ic.Run("tick", "--db", school.Db, "--now", "", "--lang", "en");
        var kazakh = Ic.Run("tick", "--db", school.Db, "--now", " ", "--lang", "kk");

        english.AssertError(1, "--now is empty: give a date as YYYY-MM-DD");
        kazakh.AssertError(1, "--now бос");
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }
}
