using System.Diagnostics;

namespace InternalControl.Testing.Files;

/// <summary>
/// Makes a file or a folder read-only for the test's process until disposed: mode 0444 (0555 for a folder), and where
/// the process is root, which the mode does not stop, the immutable attribute (chattr +i) as well. Either way a
/// write through the path fails as a user's would.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyPath : IDisposable
{
    private readonly string _path;
    private readonly UnixFileMode _mode;
    private readonly bool _immutable;

    public ReadOnlyPath(string path)
    {
        _path = path;
        _mode = File.GetUnixFileMode(path);
        var folder = Directory.Exists(path);
        File.SetUnixFileMode(path, folder
            ? UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute
            : UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        if (Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root" || IsRoot())
        {
            Chattr("+i");
            _immutable = true;
        }
    }

    public void Dispose()
    {
        if (_immutable)
        {
            Chattr("-i");
        }

        File.SetUnixFileMode(_path, _mode);
    }

    private static bool IsRoot() => Directory.Exists("/proc/self") && File.ReadAllLines("/proc/self/status").Any(l => l.StartsWith("Uid:", StringComparison.Ordinal) && l.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] == "0");

    private void Chattr(string flag)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, _path]) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("chattr " + flag + " failed (as root, a read-only path needs the immutable attribute): " + error);
        }
    }
}
