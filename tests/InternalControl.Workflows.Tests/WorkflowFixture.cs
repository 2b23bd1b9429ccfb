using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Database;
using InternalControl.Localization;
using InternalControl.Testing;
using InternalControl.Testing.Databases;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace InternalControl.Workflows.Tests;

/// <summary>
/// A school database on a backend (a file in a temp folder, or a PostgreSQL database of its own), a fake clock on a
/// Kyrgyz school day, and runtimes over them.
/// </summary>
internal sealed class WorkflowFixture : IDisposable
{
    private readonly List<WorkflowRuntime> _runtimes = [];
    private readonly TestDatabase _target;

    /// <param name="backend">The database the runtime runs on.</param>
    /// <param name="pupils">How many pupils the school has.</param>
    /// <param name="now">The clock's start; 1 October 2026, 9:00 UTC by default.</param>
    /// <param name="before">Runs on the empty database's target before it is opened (an older schema, with rows of its own).</param>
    /// <param name="school">The school's data instead of <see cref="Some.School"/>'s.</param>
    public WorkflowFixture(Backend backend = Backend.Sqlite, int pupils = 3, DateTimeOffset? now = null, Action<string>? before = null, Func<School, SchoolData>? school = null)
    {
        Folder = new TempFolder();
        _target = new TestDatabase(backend, Folder);
        before?.Invoke(_target.Target);
        Database = SchoolDatabase.Open(_target.Target, typeof(WorkflowRuntime).Assembly);
        var row = Database.Schools.FindSchool("School 97")
            ?? Database.Schools.CreateSchool("School 97", Country.Kg, [Language.Ky, Language.Ru], false, "2026-2027");
        Data = school is null ? Some.School(row, pupils) : school(row);
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));
        Clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        Calendar = CalendarCatalog.Find("kg", "2026-2027")!;
    }

    public TempFolder Folder { get; }

    public SchoolDatabase Database { get; }

    public SchoolData Data { get; }

    public FakeTimeProvider Clock { get; }

    public SchoolCalendar Calendar { get; }

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().DateTime);

    /// <summary>Moves the clock <paramref name="days"/> school days on from today.</summary>
    public void SchoolDaysOn(int days) => SetDate(Calendar.AddSchoolDays(Today, days));

    public static CaseContext Pupil(int n, string term = "2026-2027/1") => new($"P{n}", "MATH", term);

    public WorkflowRuntime Runtime(params WorkflowDefinition[] definitions)
    {
        var catalog = new WorkflowCatalog(definitions.Length == 0 ? TestWorkflows.All() : definitions);
        var runtime = WorkflowRuntime.Open(new WorkflowRuntimeOptions(Database, Data, Calendar, Clock, catalog));
        _runtimes.Add(runtime);
        return runtime;
    }

    /// <summary>Moves the clock to a date (9:00 UTC).</summary>
    public void SetDate(DateOnly date) => Clock.SetUtcNow(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

    public void Dispose()
    {
        foreach (var runtime in _runtimes)
        {
            runtime.Dispose();
        }

        _target.Dispose();
        Folder.Dispose();
    }
}
