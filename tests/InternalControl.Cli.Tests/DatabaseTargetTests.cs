using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Hardening, finding 9 (in part): a --db that is empty, a folder, a device or a file that is not a database is
/// exit 1 with a localized message, and the file is left as it was.
/// </summary>
public sealed class DatabaseTargetTests
{
    [Fact]
    public void Finding9_DbAtAFileThatIsNotADatabase_IsRefusedAndTheFileStays()
    {
        using var temp = new TempFolder();
        var file = temp.Write("notes.txt", "my notes");

        var english = Ic.Run("tasks", "--db", file, "--lang", "en");
        var russian = Ic.Run("cases", "--db", file, "--lang", "ru");

        english.AssertError(1, "IC3223", "is not an InternalControl database");
        russian.AssertError(1, "не база данных InternalControl");
        Assert.Equal("my notes", File.ReadAllText(file));
        Assert.Equal(["notes.txt"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Finding9_DbAtAFolderADeviceOrEmpty_IsRefused()
    {
        using var temp = new TempFolder();

        var folder = Ic.Run("tasks", "--db", temp.Path, "--lang", "en");
        var device = Ic.Run("tasks", "--db", "/dev/null", "--lang", "ky");
        var empty = Ic.Run("tasks", "--db", "", "--lang", "kk");

        folder.AssertError(1, "is a folder, not a database file");
        device.AssertError(1, "кадимки файл эмес");
        empty.AssertError(1, "--db бос");
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
