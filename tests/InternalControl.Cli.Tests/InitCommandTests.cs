using InternalControl.Storage.Database;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

public sealed class InitCommandTests
{
    [Fact]
    public void Init_KyrgyzSchool_CreatesDatabaseAndReportsInKyrgyz()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = temp.File("ic.db");

        // Act
        var run = Ic.Run("init", "--country", "kg", "--school", "Мектеп 12", "--year", "2026-2027", "--db", db);

        // Assert
        run.AssertOut(0, "\"Мектеп 12\" мектеби (Кыргызстан, 2026-2027)");
        var school = Assert.Single(SchoolDatabase.Open(db).Schools.Schools());
        Assert.Equal("2026-2027", school.Year);
    }

    [Fact]
    public void Init_SameSchoolTwice_IsRefusedWithExitCodeOne()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = temp.File("ic.db");
        Ic.Run("init", "--country", "kz", "--school", "No. 5", "--year", "2026-2027", "--db", db);

        // Act
        var run = Ic.Run("init", "--country", "kz", "--school", "No. 5", "--year", "2026-2027", "--db", db, "--lang", "ru");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("ошибка IC4008: школа «No. 5» в этой базе уже есть.", run.Error.Trim());
    }

    [Fact]
    public void Init_UnknownCountry_IsRefusedInKazakh()
    {
        using var temp = new TempFolder();

        var run = Ic.Run("init", "--country", "uz", "--school", "x", "--db", temp.File("ic.db"), "--lang", "kk");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("қате IC4004: Ел kz немесе kg болуы керек, \"uz\" емес.", run.Error.Trim());
    }

    [Fact]
    public void Run_UnknownCommand_ExitsOneWithoutStackTrace()
    {
        var run = Ic.Run("frobnicate", "--lang", "ky");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("ката IC4001: буйрук түшүнүксүз: frobnicate", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Run_BadNow_IsAUserError()
    {
        using var temp = new TempFolder();

        var run = Ic.Run("init", "--country", "kg", "--school", "x", "--db", temp.File("ic.db"), "--now", "2026-02-30", "--lang", "en");

        run.AssertError(1, "--now must be a date written yyyy-MM-dd, not \"2026-02-30\"");
    }

    [Fact]
    public void Init_YearFromNow_IsTheSchoolYearOfThatDate()
    {
        using var temp = new TempFolder();
        var db = temp.File("ic.db");

        Ic.Run("init", "--country", "kz", "--school", "x", "--db", db, "--now", "2027-03-01");

        Assert.Equal("2026-2027", SchoolDatabase.Open(db).Schools.Schools()[0].Year);
    }

    [Fact]
    public void Run_NoCommand_AsksForOneInRussian()
    {
        var run = Ic.Run("--lang", "ru");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("ошибка IC4002: укажите команду, например ic demo; список показывает ic --help.", run.Error.Trim());
    }
}
