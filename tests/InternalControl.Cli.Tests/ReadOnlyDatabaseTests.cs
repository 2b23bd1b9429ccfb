using System.Security.Cryptography;
using InternalControl.Storage.Database;
using InternalControl.Testing;
using InternalControl.Testing.Databases;
using InternalControl.Testing.Files;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Hardening, finding 9: a read-only database (a read-only file, or a file in a read-only folder) is read by the
/// commands that only read, which write nothing, not even on open; a command that writes answers exit 1 with a
/// localized message, and the database stays as it was. `ic init` creates nothing beside a device and creates a
/// missing folder only when asked.
/// Read-only paths are Unix modes and the immutable attribute: the class runs on Linux, as CI does.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ReadOnlyDatabaseTests
{
    [Fact]
    public void Finding9_TasksAndCasesOnAReadOnlyFile_ReadIt_AndTheFileStaysTheSame()
    {
        // Arrange
        using var school = EvaluatedCopy(out var db, out var folder);
        var before = DatabaseSnapshot.Of(db);
        var bytes = Hash(db);

        // Act
        IcRun tasks, cases;
        using (new ReadOnlyPath(db))
        {
            tasks = Ic.Run("tasks", "--db", db, "--now", SchoolFixture.Now, "--lang", "en");
            cases = Ic.Run("cases", "--db", db, "--now", SchoolFixture.Now, "--lang", "ru");
        }

        // Assert
        Assert.True(tasks.ExitCode == 0, tasks.Error);
        Assert.Matches(@"\d+ open tasks\.", tasks.Out);
        Assert.True(cases.ExitCode == 0, cases.Error);
        Assert.Matches(@"Дел: \d+, открытых: \d+\.", cases.Out);
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(db));
        Assert.Equal(bytes, Hash(db));
        Assert.Equal(["school.db"], Directory.GetFiles(folder).Select(Path.GetFileName).Where(f => !f!.EndsWith("-shm", StringComparison.Ordinal) && !f.EndsWith("-wal", StringComparison.Ordinal)));
    }

    [Fact]
    public void Finding9_TasksInAReadOnlyFolder_ReadIt_AndCreateNoFile()
    {
        // Arrange
        using var school = EvaluatedCopy(out var db, out var folder);
        var before = DatabaseSnapshot.Of(school.Db); // the copy's twin: a snapshot of the copy would leave SQLite's -shm beside it
        var bytes = Hash(db);

        // Act
        IcRun tasks, cases;
        using (new ReadOnlyPath(folder))
        {
            tasks = Ic.Run("tasks", "--db", db, "--now", SchoolFixture.Now, "--lang", "en", "--json");
            cases = Ic.Run("cases", "--db", db, "--now", SchoolFixture.Now, "--lang", "kk");
        }

        // Assert: SQLite cannot make its -shm file there, and the read needs none.
        Assert.True(tasks.ExitCode == 0, tasks.Error);
        Assert.StartsWith("[", tasks.Out.TrimStart(), StringComparison.Ordinal);
        Assert.True(cases.ExitCode == 0, cases.Error);
        Assert.Equal(["school.db"], Directory.GetFiles(folder).Select(Path.GetFileName));
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(db));
        Assert.Equal(bytes, Hash(db));
    }

    [Fact]
    public void Finding9_ACommandThatWritesToAReadOnlyDatabase_IsExit1WithAMessage_AndChangesNothing()
    {
        // Arrange
        using var school = EvaluatedCopy(out var db, out _);
        var before = DatabaseSnapshot.Of(db);

        // Act
        IcRun english, kyrgyz;
        using (new ReadOnlyPath(db))
        {
            english = Ic.Run("tick", "--db", db, "--now", "2026-12-20", "--lang", "en");
            kyrgyz = Ic.Run("evaluate", "--db", db, "--now", "2026-12-20", "--lang", "ky");
        }

        // Assert
        english.AssertError(1, "IC3231", "is read-only (the file or its folder may not be written), and this command writes to it");
        kyrgyz.AssertError(1, "окуу үчүн гана");
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(db));
    }

    [Fact]
    public void Finding9_TasksOnADatabaseThatNeedsMigrating_IsRefusedAndMigratesNothing()
    {
        // Arrange: the database looks as an older version left it (its latest migration not applied).
        using var school = EvaluatedCopy(out var db, out _);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + db + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM VersionInfo WHERE Version = (SELECT MAX(Version) FROM VersionInfo)";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var before = DatabaseSnapshot.Of(db);

        // Act
        var english = Ic.Run("tasks", "--db", db, "--now", SchoolFixture.Now, "--lang", "en");
        var russian = Ic.Run("cases", "--db", db, "--now", SchoolFixture.Now, "--lang", "ru");

        // Assert
        english.AssertError(1, "IC3230", "was made by an older version and must be brought up to date");
        russian.AssertError(1, "создана более старой версией");
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(db));
    }

    [Fact]
    public void Finding9_OpeningForTasks_WritesNoWorkflowDefinitions()
    {
        // Arrange: a writable database, opened and evaluated once.
        using var school = new SchoolFixture();
        school.Run("evaluate");
        SchoolDatabase.ReleaseAll();
        var before = DatabaseSnapshot.Of(school.Db);

        // Act
        var tasks = school.Run("tasks");
        var cases = school.Run("cases", "--open");
        SchoolDatabase.ReleaseAll();

        // Assert: wf_definitions and every other table are as they were.
        Assert.Equal(0, tasks.ExitCode);
        Assert.Equal(0, cases.ExitCode);
        DatabaseSnapshot.AssertSame(before, DatabaseSnapshot.Of(school.Db));
    }

    [Fact]
    public void Finding9_InitAtADevice_IsRefused_AndCreatesNothingBesideIt()
    {
        // Act
        var english = Ic.Run("init", "--country", "kg", "--school", "S", "--year", "2026-2027", "--db", "/dev/null", "--lang", "en");
        var russian = Ic.Run("init", "--country", "kg", "--school", "S", "--year", "2026-2027", "--db", "/dev/zero", "--lang", "ru");

        // Assert
        english.AssertError(1, "IC3222", "is not an ordinary file");
        russian.AssertError(1, "не обычный файл");
        Assert.All(new[] { "/dev/null-wal", "/dev/null-shm", "/dev/null-journal", "/dev/zero-wal", "/dev/zero-shm" }, f => Assert.False(File.Exists(f), f));
    }

    [Fact]
    public void Finding9_InitIntoAMissingFolder_IsRefusedUnlessAsked_ThenTheFolderIsOwnerOnly()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "district", "school-7", "school.db");

        // Act
        var refused = Ic.Run("init", "--country", "kg", "--school", "S", "--year", "2026-2027", "--db", db, "--lang", "en");
        var kazakh = Ic.Run("init", "--country", "kz", "--school", "S", "--year", "2026-2027", "--db", db, "--lang", "kk");
        var created = Ic.Run("init", "--country", "kg", "--school", "S", "--year", "2026-2027", "--db", db, "--create-folder");

        // Assert
        refused.AssertError(1, "IC3232", "does not exist. Create it, or add --create-folder");
        kazakh.AssertError(1, "қалтасы жоқ");
        Assert.True(created.ExitCode == 0, created.Error);
        Assert.True(File.Exists(db));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(db)!));
    }

    [Fact]
    public void Finding9_InitUnderAFileOrAtAFileThatIsNotADatabase_IsRefused_AndTheFileStays()
    {
        // Arrange
        using var temp = new TempFolder();
        var notes = temp.Write("notes.txt", "my notes");

        // Act
        var under = Ic.Run("init", "--country", "kg", "--school", "S", "--year", "2026-2027", "--db", Path.Combine(notes, "school.db"), "--create-folder", "--lang", "en");
        var at = Ic.Run("init", "--country", "kg", "--school", "S", "--year", "2026-2027", "--db", notes, "--lang", "ru");

        // Assert
        under.AssertError(1, "IC3233");
        at.AssertError(1, "не база данных InternalControl");
        Assert.Equal("my notes", File.ReadAllText(notes));
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    /// <summary>The evaluated sample school copied whole (its WAL checkpointed) into a folder of its own.</summary>
    private static SchoolFixture EvaluatedCopy(out string db, out string folder)
    {
        var school = new SchoolFixture();
        Assert.Equal(0, school.Run("evaluate").ExitCode);
        SchoolDatabase.ReleaseAll();
        folder = school.Temp.File("copy");
        Directory.CreateDirectory(folder);
        db = Path.Combine(folder, "school.db");
        File.Copy(school.Db, db);
        return school;
    }

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
}
