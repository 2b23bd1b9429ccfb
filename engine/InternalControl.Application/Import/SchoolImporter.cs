using InternalControl.Application.Telemetry;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;

namespace InternalControl.Application.Import;

/// <summary>
/// Imports the school's files (classes, staff, pupils, parents, subjects, teaching, marks, absences, contacts; each
/// optional) into one school, all or nothing: every bad value is reported with its file (or sheet), row and column, and
/// when there is any, nothing is written. The files come as a folder of CSV files, a ZIP archive of them, or an XLSX
/// workbook with one sheet per file (<see cref="ImportSource"/>), within <see cref="ImportLimits"/>. Rows are matched by
/// their ids, so importing the same files twice changes nothing and corrected files update without duplicating.
/// </summary>
public sealed class SchoolImporter
{
    /// <summary>Errors reported before reading stops: enough to fix a file, not a wall of echoes.</summary>
    public const int ErrorCap = 200;

    private readonly SchoolDatabase _database;

    /// <summary>An importer within <see cref="ImportLimits.Default"/>.</summary>
    public SchoolImporter(SchoolDatabase database)
        : this(database, ImportLimits.Default)
    {
    }

    /// <summary>An importer that refuses files over <paramref name="limits"/>.</summary>
    public SchoolImporter(SchoolDatabase database, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(limits);
        _database = database;
        Limits = limits;
    }

    /// <summary>The size limits this importer holds files to.</summary>
    public ImportLimits Limits { get; }

    /// <summary>The clock that says what day it is: a birth date after today is refused.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Imports <paramref name="path"/> (a folder, a <c>.zip</c> or an <c>.xlsx</c> file) into <paramref name="school"/>;
    /// never throws for bad input.
    /// </summary>
    public ImportOutcome Import(School school, string path)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(path);
        using var activity = IcTelemetry.Source.StartActivity("ic.import");
        var outcome = Read(school, path, (import, reader, errors) =>
        {
            if (errors.Count > 0)
            {
                return new ImportOutcome(reader?.Batch.Counts ?? Empty(), errors.All);
            }

            import!.Commit(reader!.Batch.Rows());
            return new ImportOutcome(reader.Batch.Counts, []) { Notices = reader.Notices };
        });

        // Counts per file and of errors; never the path (a folder may be named after a person) or a value.
        var rows = outcome.Counts.Values.Sum();
        activity?.SetTag("ic.school", school.Id);
        activity?.SetTag("ic.rows", rows);
        activity?.SetTag("ic.errors", outcome.Errors.Count);
        foreach (var (file, count) in outcome.Counts)
        {
            activity?.SetTag("ic.rows." + file, count);
        }

        IcTelemetry.Logger.Imported(school.Id, rows, outcome.Errors.Count);
        return outcome;
    }

    /// <summary>
    /// What importing <paramref name="path"/> into <paramref name="school"/> would change, per file (rows added, changed
    /// and unchanged), or the errors that would stop it. Reads and checks exactly as <see cref="Import"/> does, and writes
    /// nothing.
    /// </summary>
    public ImportPreview Preview(School school, string path)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(path);
        var stored = _database.Schools.Load(school);
        return Read(school, path, (_, reader, errors) => errors.Count > 0 || reader is null
            ? new ImportPreview([], errors.All)
            : new ImportPreview(ImportComparison.Compare(reader.Batch, stored, (kind, id) => _database.Contacts.Of(school.Id, kind, id), _database.Plans.Load(school.Id)), []));
    }

    /// <summary>Reads and checks the source in one import; <paramref name="end"/> commits it or leaves it (a rollback).</summary>
    private T Read<T>(School school, string path, Func<Storage.Schools.ISchoolImport?, ImportReader?, ImportErrors, T> end)
    {
        var errors = new ImportErrors(ErrorCap);
        using var source = ImportSource.Open(path, Limits, errors);
        if (source is null)
        {
            return end(null, null, errors);
        }

        // One import from the first read of the existing ids to the last row, so that the references
        // checked are the references written against; disposed without a commit, it writes nothing.
        using var import = _database.Schools.BeginImport(school.Id);
        var calendar = CalendarCatalog.FindOrPlain(school.Country.Code(), school.Year);
        var bounds = new ImportBounds(SchoolTime.Today(Clock, school.Country), calendar.Start, calendar.End);
        var reader = new ImportReader(source, import.Existing, errors, bounds);
        reader.ReadAll();
        if (reader.FilesFound == 0)
        {
            errors.Add("", 0, "", source.NoTablesKey, string.Join(", ", ImportOutcome.Entities.Select(source.TableName)));
        }

        return end(import, reader, errors);
    }

    private static Dictionary<string, int> Empty() => ImportOutcome.Entities.ToDictionary(e => e, _ => 0);
}
