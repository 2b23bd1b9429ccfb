using System.Data.Common;
using System.Reflection;
using InternalControl.Application.Files;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Database;
using InternalControl.Storage.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Workspaces;

/// <summary>
/// An opened database and the school a command acts on, with the clock it reads: the one place that
/// knows which assemblies bring migrations, so every entry point opens the same schema.
/// </summary>
public sealed partial class Workspace
{
    // The engine's own migrations come with SchoolDatabase.Open; these add the workflow runtime's and the host's tables.
    private static readonly Assembly[] MigrationAssemblies = [typeof(WorkflowRuntime).Assembly, typeof(Workspace).Assembly];

    private Workspace(SchoolDatabase database, School school, TimeProvider clock)
    {
        Database = database;
        School = school;
        Clock = clock;
        Store = database.Schools;
    }

    public SchoolDatabase Database { get; }

    public School School { get; }

    public ISchoolStore Store { get; }

    public TimeProvider Clock { get; }

    /// <summary>Today at the school, as the clock says.</summary>
    public DateOnly Today => SchoolTime.Today(Clock, School.Country);

    /// <summary>The calendar of the school's current year (a plain weekday calendar when none is built in).</summary>
    public SchoolCalendar Calendar => School.SixDayWeek
        ? CalendarCatalog.FindOrPlain(School.Country.Code(), School.Year).WithSixDayWeek()
        : CalendarCatalog.FindOrPlain(School.Country.Code(), School.Year);

    /// <summary>Opens (creating when missing) a database with every migration applied.</summary>
    public static SchoolDatabase OpenDatabase(string path)
    {
        return SchoolDatabase.Open(path, [.. MigrationAssemblies]);
    }

    /// <summary>A school of an already opened database (a worker serving many schools opens the database once).</summary>
    public static Workspace For(SchoolDatabase database, School school, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(clock);
        return new Workspace(database, school, clock);
    }

    /// <summary>
    /// Opens the database (a SQLite file, or a PostgreSQL connection string) and picks the school: the named one, or the
    /// only one. A missing database or school, a malformed connection string or a server that refuses is a diagnostic
    /// without a source span (IC3001..IC3006), never an exception.
    /// </summary>
    public static Result<Workspace> Open(string databasePath, string? schoolName, TimeProvider clock) =>
        Pick(OpenExisting(databasePath), databasePath, schoolName, clock);

    /// <summary>
    /// Opens the database for a command that only reads (`ic tasks`, `ic cases`): read-only, so that a database the
    /// user may not write (a read-only file or folder) is read, and nothing is written, not even on open. A database
    /// whose schema is older than this version is refused (IC3230): bringing it up to date writes.
    /// </summary>
    public static Result<Workspace> OpenForReading(string databasePath, string? schoolName, TimeProvider clock) =>
        Pick(OpenExisting(databasePath, readOnly: true), databasePath, schoolName, clock);

    private static Result<Workspace> Pick(Result<SchoolDatabase> opened, string databasePath, string? schoolName, TimeProvider clock)
    {
        if (!opened.Succeeded)
        {
            return Result<Workspace>.Failure(opened.Diagnostics);
        }

        var database = opened.Value;
        var schools = database.Schools.Schools();
        if (schoolName is not null)
        {
            var named = schools.FirstOrDefault(s => s.Name == schoolName);
            return named is null
                ? Fail("IC3002", "Workspaces.Error.UnknownSchool", schoolName)
                : Result<Workspace>.From(new Workspace(database, named, clock), []);
        }

        return schools.Count switch
        {
            0 => Fail("IC3003", "Workspaces.Error.NoSchool", databasePath),
            1 => Result<Workspace>.From(new Workspace(database, schools[0], clock), []),
            _ => Fail("IC3004", "Workspaces.Error.SeveralSchools", string.Join(", ", schools.Select(s => s.Name))),
        };
    }

    /// <summary>
    /// Opens an existing database (a SQLite file, or a PostgreSQL connection string) with every migration applied, for
    /// work over all its schools. A missing file, a malformed connection string or a server that refuses is a diagnostic
    /// (IC3001, IC3005, IC3006, IC3220-IC3224: empty, a folder, a device, not a SQLite file, cannot be opened), never an exception; neither message repeats a connection string, which may hold a password.
    /// </summary>
    public static Result<SchoolDatabase> OpenExisting(string databasePath) => OpenExisting(databasePath, readOnly: false);

    private static Result<SchoolDatabase> OpenExisting(string databasePath, bool readOnly)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        if (string.IsNullOrWhiteSpace(databasePath))
        {
            return Failed("IC3220", "Workspaces.Error.EmptyDbPath");
        }

        if (DatabaseTarget.LooksLikePostgres(databasePath))
        {
            if (DatabaseTarget.Parse(databasePath) is not { } target)
            {
                return Failed("IC3005", "Database.Error.BadConnectionString");
            }

            try
            {
                return Opened(databasePath, readOnly);
            }
            catch (DbException)
            {
                return Failed("IC3006", "Database.Error.Unreachable", target.Display);
            }
        }

        if (Directory.Exists(databasePath))
        {
            return Failed("IC3221", "Workspaces.Error.DbIsFolder", databasePath);
        }

        if (!File.Exists(databasePath))
        {
            return Failed("IC3001", "Workspaces.Error.NoDatabase", databasePath);
        }

        if (FileTarget.IsSpecial(databasePath))
        {
            return Failed("IC3222", "Workspaces.Error.DbNotRegular", databasePath);
        }

        if (!IsSqlite(databasePath))
        {
            return Failed("IC3223", "Workspaces.Error.NotADatabase", databasePath);
        }

        try
        {
            return Opened(databasePath, readOnly);
        }
        catch (DbException e) when (DatabaseFaults.IsReadOnly(e))
        {
            // Migrating writes: a database the user may not write is refused with the reason, not "cannot open".
            return Failed("IC3231", "Workspaces.Error.ReadOnly", databasePath);
        }
        catch (DbException)
        {
            return Failed("IC3224", "Workspaces.Error.CannotOpen", databasePath);
        }
    }

    private static Result<SchoolDatabase> Opened(string databasePath, bool readOnly)
    {
        if (!readOnly)
        {
            return Result<SchoolDatabase>.From(OpenDatabase(databasePath), []);
        }

        var (database, upToDate) = SchoolDatabase.OpenForReading(databasePath, [.. MigrationAssemblies]);
        return upToDate ? Result<SchoolDatabase>.From(database, []) : Failed("IC3230", "Workspaces.Error.NeedsUpgrade", database.Path);
    }

    /// <summary>True when the file starts with SQLite's header: anything else (an empty file too) is not a database to open.</summary>
    private static bool IsSqlite(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> header = stackalloc byte[16];
            return stream.ReadAtLeast(header, 16, throwOnEndOfStream: false) == 16 && header.SequenceEqual("SQLite format 3\0"u8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Result<SchoolDatabase> Failed(string code, string key, params object?[] args) =>
        Result<SchoolDatabase>.Failure([Diagnostic.Error(code, SourceSpan.None, key, args)]);

    private static Result<Workspace> Fail(string code, string key, params object?[] args) =>
        Result<Workspace>.Failure([Diagnostic.Error(code, SourceSpan.None, key, args)]);

    /// <summary>
    /// Refuses a clock this database cannot take: a day outside the school's current year and the next (each from
    /// August 1 to July 31) unless <paramref name="force"/>, since a far-future day fires every timer and queues every
    /// message at once, irreversibly (IC3210); and a day before the latest entry of the case journal, since the
    /// journal's time never runs backwards (IC3211).
    /// </summary>
    public Diagnostic? CheckClock(bool force)
    {
        var today = Today;
        var first = int.TryParse(School.Year.AsSpan(0, Math.Min(4, School.Year.Length)), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year
            : today.Year;
        var from = new DateOnly(first, 8, 1);
        var to = new DateOnly(first + 2, 7, 31);
        if (!force && (today < from || today > to))
        {
            return Diagnostic.Error("IC3210", SourceSpan.None, "Clock.Error.OutsideYears", IsoDate.Text(today), School.Year, IsoDate.Text(from), IsoDate.Text(to));
        }

        if (InternalControl.Workflows.Runtime.WorkflowJournal.LatestDay(Database, School.Id) is { } latest && today < latest)
        {
            return Diagnostic.Error("IC3211", SourceSpan.None, "Clock.Error.Backwards", IsoDate.Text(today), IsoDate.Text(latest));
        }

        return null;
    }

    /// <summary>Reads the school's data as one consistent snapshot.</summary>
    public SchoolData Load() => Store.Load(School);

    /// <summary>Reads the school's people and teaching without its marks and absences (<see cref="ISchoolStore.LoadWithoutJournal"/>).</summary>
    public SchoolData LoadWithoutJournal() => Store.LoadWithoutJournal(School);
}
