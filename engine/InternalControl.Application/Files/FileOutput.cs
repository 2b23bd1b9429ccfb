using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Application.Files;

/// <summary>
/// Every file the product writes for a person (reports, samples, translated and formatted policies) goes through here:
/// it is written whole to a temporary file beside the target, owner-only, and renamed over the target only when the
/// writing succeeded. What was there before is never deleted or truncated by a failed write, and a target that is not
/// a regular file (a folder, a device) is refused before anything is written.
/// </summary>
public static class FileOutput
{
    /// <summary>Why <paramref name="path"/> cannot receive a file, or null when it can.</summary>
    public static Diagnostic? Check(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Diagnostic.ErrorOf("Files.Error.NoPath");
        }

        if (Directory.Exists(path))
        {
            return Diagnostic.ErrorOf("Files.Error.Folder", path);
        }

        if (FileTarget.IsSpecial(path))
        {
            return Diagnostic.ErrorOf("Files.Error.NotRegular", path);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return folder is null || Directory.Exists(folder) ? null : Diagnostic.ErrorOf("Files.Error.NoFolder", folder);
    }

    /// <summary>
    /// Writes <paramref name="path"/> with <paramref name="write"/>; null when it is written, else why not, with the
    /// target as it was.
    /// </summary>
    public static Diagnostic? Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (Check(path) is { } refusal)
        {
            return refusal;
        }

        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, Options))
            {
                write(stream);

                // A writer that closes the stream it was given has flushed it already.
                if (stream.CanWrite)
                {
                    stream.Flush(flushToDisk: true);
                }
            }

            File.Move(temporary, full, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _ = e;
            return Diagnostic.ErrorOf("Files.Error.NotWritten", full);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>A new file, owner-only (0600) whatever the umask.</summary>
    private static FileStreamOptions Options { get; } = NewFile();

    private static FileStreamOptions NewFile()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }
}
