using System.Net.Sockets;
using InternalControl.Testing;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Hardening, finding 1: a file output never deletes or truncates what was there before, refuses what is not an
/// ordinary file, and replaces the target only with a whole file.
/// </summary>
public sealed class FileOutputTests
{
    [Fact]
    public void Finding1_ReportXlsxOverAnExistingFile_ReplacesItWhole()
    {
        using var school = new SchoolFixture();
        var target = school.Temp.File("k.txt");
        File.WriteAllText(target, "what was there");

        var run = school.Run("report", "quality", "--format", "xlsx", "--out", target, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        var bytes = File.ReadAllBytes(target);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.Empty(Directory.EnumerateFiles(school.Temp.Path, "*.tmp"));
        Assert.Empty(Directory.EnumerateFiles(school.Temp.Path, ".k.txt*"));
    }

    [Fact]
    public void Finding1_ReportAtANonRegularFile_IsRefusedAndTheNodeStays()
    {
        using var school = new SchoolFixture();
        var node = school.Temp.File("node.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(node));

        var english = school.Run("report", "quality", "--format", "csv", "--out", node, "--lang", "en");
        var kyrgyz = school.Run("report", "quality", "--format", "xlsx", "--out", node, "--lang", "ky");

        english.AssertError(1, "IC3103", "is not an ordinary file");
        kyrgyz.AssertError(1, "кадимки файл эмес");
        Assert.True(File.Exists(node));
        Assert.Equal(0, new FileInfo(node).Length);
        Assert.Empty(Directory.EnumerateFiles(school.Temp.Path, "*.tmp"));
    }

    [Fact]
    public void Finding1_ReportAtAFolderOrIntoAMissingFolder_IsRefused()
    {
        using var school = new SchoolFixture();

        var folder = school.Run("report", "quality", "--format", "csv", "--out", school.Temp.Path, "--lang", "ru");
        var missing = school.Run("report", "quality", "--format", "csv", "--out", Path.Combine(school.Temp.Path, "no", "r.csv"), "--lang", "kk");

        folder.AssertError(1, "IC3102", "это папка");
        missing.AssertError(1, "IC3104");
        Assert.False(Directory.Exists(Path.Combine(school.Temp.Path, "no")));
    }

    [Fact]
    public void Finding1_SampleIntoAFolderWithCsvFiles_IsRefusedUnlessForced()
    {
        using var temp = new TempFolder();
        var folder = temp.File("school");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "pupils.csv"), "mine");

        var refused = Ic.Run("sample", "--country", "kg", "--pupils", "30", "--out", folder, "--lang", "ru");
        var kept = File.ReadAllText(Path.Combine(folder, "pupils.csv"));
        var forced = Ic.Run("sample", "--country", "kg", "--pupils", "30", "--out", folder, "--force", "--lang", "en");

        refused.AssertError(1, "IC3106", "--force");
        Assert.Equal("mine", kept);
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("pupil_id,", File.ReadAllText(Path.Combine(folder, "pupils.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Finding12_AReport_IsOwnerOnly()
    {
        using var school = new SchoolFixture();
        var target = school.Temp.File("r.csv");

        school.Run("report", "quality", "--format", "csv", "--out", target);

        // Windows has no Unix file modes; CI runs on Linux.
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
        }
    }

    [Fact]
    public void Finding12_TheDatabase_IsOwnerOnly()
    {
        using var temp = new TempFolder();
        var db = temp.File("school.db");

        var run = Ic.Run("init", "--country", "kg", "--school", "No. 3", "--year", "2026-2027", "--db", db);

        Assert.Equal(0, run.ExitCode);

        // Windows has no Unix file modes; CI runs on Linux.
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(db));
            foreach (var companion in Directory.GetFiles(temp.Path, "school.db-*"))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(companion));
            }
        }
    }
}
