using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;

namespace InternalControl.Application.Import;

/// <summary>
/// Imports a folder of CSV files (classes, staff, pupils, parents, subjects, teaching, marks, absences, contacts;
/// each optional) into one school, all or nothing: every bad value is reported with its file, row and
/// column, and when there is any, nothing is written. Rows are matched by their ids, so importing the
/// same folder twice changes nothing and a corrected folder updates without duplicating.
/// </summary>
public sealed class SchoolImporter
{
    /// <summary>Errors reported before reading stops: enough to fix a file, not a wall of echoes.</summary>
    public const int ErrorCap = 200;

    private readonly SchoolDatabase _database;

    public SchoolImporter(SchoolDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>The clock that says what day it is: a birth date after today is refused.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Imports <paramref name="folder"/> into <paramref name="school"/>; never throws for bad input.</summary>
    public ImportOutcome Import(School school, string folder)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(folder);
        var errors = new ImportErrors(ErrorCap);
        if (!Directory.Exists(folder))
        {
            errors.Add("", 0, "", "Import.FolderMissing", folder);
            return new ImportOutcome(Empty(), errors.All);
        }

        // One import from the first read of the existing ids to the last row, so that the references
        // checked are the references written against; disposed without a commit, it writes nothing.
        using var import = _database.Schools.BeginImport(school.Id);
        var calendar = CalendarCatalog.FindOrPlain(school.Country.Code(), school.Year);
        var bounds = new ImportBounds(SchoolTime.Today(Clock, school.Country), calendar.Start, calendar.End);
        var reader = new ImportReader(folder, import.Existing, errors, bounds);
        reader.ReadAll();
        if (reader.FilesFound == 0)
        {
            errors.Add("", 0, "", "Import.NoFiles", string.Join(", ", ImportOutcome.Entities.Select(e => e + ".csv")));
        }

        if (errors.Count > 0)
        {
            return new ImportOutcome(reader.Batch.Counts, errors.All);
        }

        import.Commit(reader.Batch.Rows());
        return new ImportOutcome(reader.Batch.Counts, []) { Notices = reader.Notices };
    }

    private static Dictionary<string, int> Empty() => ImportOutcome.Entities.ToDictionary(e => e, _ => 0);
}
