using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using InternalControl.Application.Import;

namespace InternalControl.Web.Imports;

/// <summary>
/// Uploaded import files between the preview and the confirmation: each upload in its own owner-only (0700) folder under
/// one owner-only folder of this host's, deleted when it is imported, when its preview fails, when it is an hour old, and
/// with the host. An upload is CSV files (kept under their own names as a folder), or one ZIP archive or one XLSX workbook.
/// Its age is read from the school's clock (the host's injected <see cref="TimeProvider"/>), never from the file system's
/// times, so that a school whose clock is set (a demo, a test) ages its uploads by the same clock as everything else.
/// </summary>
internal sealed partial class ImportUploads(TimeProvider clock) : IDisposable
{
    /// <summary>How long an upload waits for its confirmation.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly Lazy<DirectoryInfo> _root = new(() => Directory.CreateTempSubdirectory("ic-import-"));

    // When each upload was kept, by the school's clock.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _kept = new(StringComparer.Ordinal);

    /// <summary>The folder all uploads are kept in (0700: Directory.CreateTempSubdirectory creates it so).</summary>
    public string Root => _root.Value.FullName;

    /// <summary>
    /// Keeps <paramref name="files"/> as one upload; returns its id and the path to import, or null with the text key of the
    /// reason (no file, more than one kind of file, or one name twice).
    /// </summary>
    public (string Id, string Path)? Save(IReadOnlyList<IFormFile> files, out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(files);
        Sweep();
        refusal = null;
        var chosen = files.Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        if (chosen.Count == 0)
        {
            refusal = "Web.Import.NoFile";
            return null;
        }

        var kinds = chosen.Select(f => Kind(f.FileName)).Distinct().ToList();
        if (kinds.Count > 1 || (kinds[0] != ".csv" && chosen.Count > 1))
        {
            refusal = "Web.Import.OneKind";
            return null;
        }

        if (chosen.Select(f => SafeName(f.FileName)).Distinct(StringComparer.OrdinalIgnoreCase).Count() < chosen.Count)
        {
            refusal = "Web.Import.SameNameTwice";
            return null;
        }

        var id = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Root, id);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (OperatingSystem.IsWindows())
        {
            // Under the user's own temporary folder, which only they can read.
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnly);
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        _kept[id] = clock.GetUtcNow();
        foreach (var file in chosen)
        {
            using var stream = new FileStream(Path.Combine(folder, SafeName(file.FileName)), options);
            file.CopyTo(stream);
        }

        return (id, kinds[0] == ".csv" ? folder : Path.Combine(folder, SafeName(chosen[0].FileName)));
    }

    /// <summary>The path to import of the upload <paramref name="id"/>, or null when there is no such upload (any more, or it is older than <see cref="KeptFor"/>).</summary>
    public string? PathOf(string? id)
    {
        if (id is null || !UploadId().IsMatch(id) || !_root.IsValueCreated)
        {
            return null;
        }

        if (Expired(id))
        {
            Delete(id);
            return null;
        }

        var folder = new DirectoryInfo(Path.Combine(Root, id));
        if (!folder.Exists)
        {
            return null;
        }

        var files = folder.GetFiles();
        return files.Length == 1 && Kind(files[0].Name) != ".csv" ? files[0].FullName : folder.FullName;
    }

    /// <summary>Deletes the upload <paramref name="id"/> and its files.</summary>
    public void Delete(string? id)
    {
        if (id is not null && UploadId().IsMatch(id) && _root.IsValueCreated)
        {
            _kept.TryRemove(id, out _);
            var folder = Path.Combine(Root, id);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    public void Dispose()
    {
        if (_root.IsValueCreated && _root.Value.Exists)
        {
            _root.Value.Delete(recursive: true);
        }
    }

    /// <summary>The kind of a file by its extension: .csv, .zip, .xlsx, or what else it has (which the import refuses).</summary>
    private static string Kind(string name) => Path.GetExtension(name).ToLowerInvariant();

    /// <summary>The file's own name without any folder; a name made only of dots becomes "upload" with its extension.</summary>
    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        return file.Trim('.').Length == 0 || file.Contains('/', StringComparison.Ordinal) ? "upload" + Kind(name) : file;
    }

    private void Sweep()
    {
        foreach (var folder in _root.Value.GetDirectories())
        {
            if (Expired(folder.Name))
            {
                Delete(folder.Name);
            }
        }
    }

    /// <summary>Whether the upload <paramref name="id"/> was kept more than <see cref="KeptFor"/> ago by the school's clock (or is not one of ours).</summary>
    private bool Expired(string id) => !_kept.TryGetValue(id, out var kept) || clock.GetUtcNow() - kept > KeptFor;

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex UploadId();
}
