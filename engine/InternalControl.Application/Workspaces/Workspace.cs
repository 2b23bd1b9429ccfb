using System.Reflection;
using InternalControl.Kernel.Calendars;
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
public sealed class Workspace
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
    public SchoolCalendar Calendar => CalendarCatalog.FindOrPlain(School.Country.Code(), School.Year);

    /// <summary>Opens (creating when missing) a database with every migration applied.</summary>
    public static SchoolDatabase OpenDatabase(string path)
    {
        return SchoolDatabase.Open(path, [.. MigrationAssemblies]);
    }

    /// <summary>
    /// Opens the database and picks the school: the named one, or the only one. Errors are text keys
    /// of the Messages catalog with their arguments, never exceptions.
    /// </summary>
    public static WorkspaceResult Open(string databasePath, string? schoolName, TimeProvider clock)
    {
        if (!File.Exists(databasePath))
        {
            return WorkspaceResult.Fail("Cli.Error.NoDatabase", databasePath);
        }

        var database = OpenDatabase(databasePath);
        var schools = database.Schools.Schools();
        if (schoolName is not null)
        {
            var named = schools.FirstOrDefault(s => s.Name == schoolName);
            return named is null
                ? WorkspaceResult.Fail("Cli.Error.UnknownSchool", schoolName)
                : WorkspaceResult.Ok(new Workspace(database, named, clock));
        }

        return schools.Count switch
        {
            0 => WorkspaceResult.Fail("Cli.Error.NoSchool", databasePath),
            1 => WorkspaceResult.Ok(new Workspace(database, schools[0], clock)),
            _ => WorkspaceResult.Fail("Cli.Error.SeveralSchools", string.Join(", ", schools.Select(s => s.Name))),
        };
    }

    /// <summary>Reads the school's data as one consistent snapshot.</summary>
    public SchoolData Load() => Store.Load(School);
}
