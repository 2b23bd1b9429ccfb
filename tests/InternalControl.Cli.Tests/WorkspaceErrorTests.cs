using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

public sealed class WorkspaceErrorTests
{
    [Fact]
    public void Tasks_WithoutDatabase_IsRefusedOnStderrWithItsCode()
    {
        using var temp = new TempFolder();
        var db = temp.File("missing.db");

        var run = Ic.Run("tasks", "--db", db, "--lang", "ru");

        run.AssertError(1, "IC3001: базы данных " + db + " нет.");
        Assert.Equal("", run.Out.Trim());
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Tasks_UnknownSchoolName_IsRefusedWithItsOwnCode()
    {
        using var temp = new TempFolder();
        var db = temp.File("ic.db");
        Ic.Run("init", "--country", "kz", "--school", "No. 5", "--year", "2026-2027", "--db", db);

        var run = Ic.Run("tasks", "--db", db, "--school-name", "No. 6", "--lang", "en");

        run.AssertError(1, "IC3002");
        Assert.DoesNotContain("IC3001", run.Error);
    }
}
