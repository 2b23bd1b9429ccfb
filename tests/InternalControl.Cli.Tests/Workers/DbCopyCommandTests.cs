using InternalControl.Testing.Databases;

namespace InternalControl.Cli.Tests.Workers;

/// <summary>`ic db copy`: a school's file into the district's PostgreSQL and back, whole or not at all.</summary>
public sealed class DbCopyCommandTests
{
    [Fact]
    public void Copy_SchoolFileToPostgresAndBack_TheSameSchoolCasesAndInbox()
    {
        // Arrange: the sample school evaluated, so that it has cases, tasks, timers and messages.
        using var school = new SchoolFixture();
        Assert.Equal(0, school.Run("evaluate").ExitCode);
        using var district = new TestDatabase(Backend.Postgres, school.Temp);
        var back = school.Temp.File("back.db");

        // Act
        var there = Ic.Run("db", "copy", "--from", school.Db, "--to", district.Target, "--lang", "en");
        var home = Ic.Run("db", "copy", "--from", district.Target, "--to", back, "--lang", "en");

        // Assert: the same cases and inbox read from each copy, and the next case gets a new id on PostgreSQL.
        there.AssertSucceeded();
        home.AssertSucceeded();
        Assert.Contains("every table's row count matches", there.Out);
        var cases = school.Run("cases", "--json").Out;
        Assert.Contains("\"workflow\"", cases);
        Assert.Equal(cases, Ic.Run("cases", "--json", "--db", district.Target, "--now", SchoolFixture.Now).Out);
        Assert.Equal(cases, Ic.Run("cases", "--json", "--db", back, "--now", SchoolFixture.Now).Out);
        Assert.Equal(school.Run("tasks", "--json").Out, Ic.Run("tasks", "--json", "--db", district.Target, "--now", SchoolFixture.Now).Out);
        Assert.Equal(0, Ic.Run("init", "--country", "kz", "--school", "No. 2", "--year", "2026-2027", "--db", district.Target).ExitCode);
    }

    [Fact]
    public void Copy_IntoADatabaseThatHoldsASchool_IsRefusedAndChangesNothing()
    {
        // Arrange
        using var school = new SchoolFixture();
        var other = school.Temp.File("other.db");
        Assert.Equal(0, Ic.Run("init", "--country", "kz", "--school", "No. 2", "--year", "2026-2027", "--db", other).ExitCode);

        // Act
        var run = Ic.Run("db", "copy", "--from", school.Db, "--to", other, "--lang", "ru");

        // Assert
        run.AssertError(1, "IC3701", "уже есть школа");
        Assert.Equal(0, Ic.Run("tasks", "--db", other, "--school-name", "No. 2").ExitCode);
        Assert.NotEqual(0, Ic.Run("tasks", "--db", other, "--school-name", "Sample").ExitCode);
    }
}
