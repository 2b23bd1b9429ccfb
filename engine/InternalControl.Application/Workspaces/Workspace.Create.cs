using System.Data.Common;
using InternalControl.Application.Files;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Storage.Database;

namespace InternalControl.Application.Workspaces;

/// <summary>Creating a database (`ic init`): what is there is checked first, and nothing is created beside what cannot be one.</summary>
public sealed partial class Workspace
{
    /// <summary>
    /// Opens the database for `ic init`, creating the SQLite file when it is missing. Refused, creating nothing (hardening,
    /// finding 9): an empty path (IC3220), a folder (IC3221), a device or another non-regular file (IC3222; SQLite would
    /// put its -wal and -shm files beside it), a file that is not a SQLite database (IC3223), a missing folder unless
    /// <paramref name="createFolder"/> (IC3232; then it is created owner-only), a "folder" that is a file (IC3233), and a
    /// database that may not be written (IC3231).
    /// </summary>
    public static Result<SchoolDatabase> Create(string databasePath, bool createFolder)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        if (string.IsNullOrWhiteSpace(databasePath))
        {
            return Failed("IC3220", "Workspaces.Error.EmptyDbPath");
        }

        if (DatabaseTarget.LooksLikePostgres(databasePath))
        {
            // A PostgreSQL database must exist; opening it is what OpenExisting does.
            return OpenExisting(databasePath);
        }

        if (Directory.Exists(databasePath))
        {
            return Failed("IC3221", "Workspaces.Error.DbIsFolder", databasePath);
        }

        if (File.Exists(databasePath))
        {
            if (FileTarget.IsSpecial(databasePath))
            {
                return Failed("IC3222", "Workspaces.Error.DbNotRegular", databasePath);
            }

            // An empty file is a database SQLite has not written yet (a file made by touch, or a crash before the first page).
            if (new FileInfo(databasePath).Length > 0 && !IsSqlite(databasePath))
            {
                return Failed("IC3223", "Workspaces.Error.NotADatabase", databasePath);
            }
        }
        else if (Path.GetDirectoryName(Path.GetFullPath(databasePath)) is { Length: > 0 } folder && !Directory.Exists(folder))
        {
            var missing = MissingFolder(folder, createFolder);
            if (missing is not null)
            {
                return Result<SchoolDatabase>.Failure([missing]);
            }
        }

        try
        {
            return Result<SchoolDatabase>.From(OpenDatabase(databasePath), []);
        }
        catch (Exception e) when ((e is DbException or IOException or UnauthorizedAccessException) && IsReadOnlyFault(e))
        {
            return Failed("IC3231", "Workspaces.Error.ReadOnly", databasePath);
        }
        catch (DbException)
        {
            return Failed("IC3224", "Workspaces.Error.CannotOpen", databasePath);
        }
    }

    private static bool IsReadOnlyFault(Exception e) => e is IOException or UnauthorizedAccessException || DatabaseFaults.IsReadOnly(e);

    /// <summary>Creates the missing <paramref name="folder"/> (owner-only) when asked; otherwise says what is missing.</summary>
    private static Diagnostic? MissingFolder(string folder, bool createFolder)
    {
        // The nearest part of the path that exists must be a folder: "db.txt/school.db" under a file is refused as such.
        for (var up = folder; !string.IsNullOrEmpty(up); up = Path.GetDirectoryName(up))
        {
            if (Directory.Exists(up))
            {
                break;
            }

            if (File.Exists(up))
            {
                return Diagnostic.Error("IC3233", SourceSpan.None, "Workspaces.Error.ParentNotFolder", up);
            }
        }

        if (!createFolder)
        {
            return Diagnostic.Error("IC3232", SourceSpan.None, "Workspaces.Error.NoFolder", folder);
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return null;
    }
}
