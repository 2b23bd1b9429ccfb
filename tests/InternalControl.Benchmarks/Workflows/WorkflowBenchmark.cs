using System.Diagnostics;
using System.Globalization;
using Dapper;
using InternalControl.Application.Policies;
using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Database;
using InternalControl.Localization;
using InternalControl.Testing.Policies;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;
using InternalControl.Storage.Migrations;
using InternalControl.Testing.Postgres;

namespace InternalControl.Benchmarks.Workflows;

/// <summary>
/// Case transitions per second on SQLite (WAL, synchronous=NORMAL, as <see cref="SchoolDatabase"/> opens it), or on
/// PostgreSQL with <c>--db postgres</c> (the server in IC_TEST_POSTGRES, or a private cluster), against raw inserts of the same size under the same durability (<see cref="SameRowsBaseline"/>: the rows the
/// run wrote, into the same schema, in as many transactions). The workflows are the shipped Kyrgyz policy's, compiled as a
/// school's session compiles them; its 5.7 workflow runs. A transition is one Start (notify the class teacher
/// and both parents, open the subject teacher's task with its timers) or one Complete (close the task, end the
/// case); each commits one transaction. A second figure compares with rows of the same count and size into one
/// bare table, which also counts the schema's indexes against the runtime.
/// </summary>
internal static class WorkflowBenchmark
{
    private const int Cases = 3000;

    /// <summary>The shipped Kyrgyz policy's workflow for 5.7 (three 2s in one subject).</summary>
    private const string LowAchiever = "low-achiever";

    private static readonly Lazy<WorkflowCatalog> Shipped = new(() =>
        PolicyHost.Compile(PolicyText.Shipped("kg")).Value?.Workflows ?? throw new InvalidOperationException("The shipped kg policy does not compile."));

    public static int Run(bool postgres = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ic-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var cluster = postgres ? PostgresCluster.StartOrConnect() : null;
        var targets = new Targets(folder, cluster);
        try
        {
            Warm(targets);
            var run = targets.Get("workflows.db");
            var (transitions, seconds, rows, bytes) = Transitions(run);
            var sameRowsSeconds = SameRowsBaseline.Run(run, targets.Get("raw.db"), transitions);
            var tableSeconds = RawInserts(targets.Get("raw-table.db"), transitions, rows, bytes);
            var perSecond = transitions / seconds;
            var rawPerSecond = transitions / sameRowsSeconds;
            Console.WriteLine(postgres ? "database: PostgreSQL" : "database: SQLite");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{transitions} transitions in {seconds:0.000} s; the same rows ({rows:0.0} a transaction, {bytes:0} bytes) inserted raw into the same schema in {sameRowsSeconds:0.000} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"for comparison, as many rows and bytes into one table without indexes: {transitions / tableSeconds:0} transactions/s (ratio {perSecond * tableSeconds / transitions:0.00})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"workflow-bench: transitions_per_s={perSecond:0} raw_inserts_per_s={rawPerSecond:0} ratio={perSecond / rawPerSecond:0.00}"));
            return 0;
        }
        finally
        {
            SchoolDatabase.ReleaseAll();
            targets.DropAll();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// A run first, long enough for tiered compilation to finish optimising the transition path (its background
    /// compiler waits for a quiet moment, which a loaded machine may not give soon), so JIT is not measured.
    /// </summary>
    private static void Warm(Targets targets)
    {
        for (var round = 0; round < 3; round++)
        {
            var warm = targets.Get($"warm{round}.db");
            Transitions(warm, 1000);
            RawInserts(targets.Get($"warm-raw{round}.db"), 2000, 7, 1000);
            SameRowsBaseline.Run(warm, targets.Get($"warm-same{round}.db"), 2000);
            Thread.Sleep(200);
        }
    }

    private static (int Transitions, double Seconds, double Rows, double Bytes) Transitions(string path, int cases = Cases)
    {
        var database = SchoolDatabase.Open(path, typeof(WorkflowRuntime).Assembly);
        var school = database.Schools.CreateSchool("Bench", Country.Kg, [Language.Ky], false, "2026-2027");
        var clock = new FixedClock(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));
        var options = new WorkflowRuntimeOptions(
            database, BenchSchool.Data(school, cases), CalendarCatalog.Find("kg", "2026-2027")!, clock, Shipped.Value);
        using var runtime = WorkflowRuntime.Open(options);
        var none = new Dictionary<string, string>();
        // Only the transitions are timed; finding each case's task in the inbox is not a transition.
        var watch = new Stopwatch();
        var transitions = 0;
        for (var i = 1; i <= cases; i++)
        {
            var context = new CaseContext($"P{i}", "MATH", "2026-2027/1");
            watch.Start();
            var started = runtime.Start(LowAchiever, context, "5.7");
            watch.Stop();
            var task = runtime.Tasks(new TaskQuery(CaseId: started.CaseId)).Single(t => t.Step == "individual_work");
            watch.Start();
            var completed = runtime.Complete(task.Id, "improved", none, "T2");
            watch.Stop();
            Require(started.Created && completed.Ok);
            transitions += 2;
        }

        using var connection = database.OpenConnection();
        var rows = 0L;
        var bytes = 0L;
        foreach (var table in new[] { "wf_cases", "wf_tasks", "wf_timers", "wf_journal", "wf_outbox" })
        {
            rows += connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");
        }

        bytes += connection.ExecuteScalar<long>("SELECT SUM(LENGTH(state) + LENGTH(case_key) + 120) FROM wf_cases");
        bytes += connection.ExecuteScalar<long>("SELECT SUM(LENGTH(step) + 100) FROM wf_tasks");
        bytes += connection.ExecuteScalar<long>("SELECT SUM(40) FROM wf_timers");
        bytes += connection.ExecuteScalar<long>("SELECT SUM(LENGTH(at) + LENGTH(kind) + COALESCE(LENGTH(detail), 0) + 40) FROM wf_journal");
        bytes += connection.ExecuteScalar<long>(database.IsPostgres
            ? "SELECT SUM(OCTET_LENGTH(text) + 60) FROM wf_outbox"
            : "SELECT SUM(LENGTH(CAST(text AS BLOB)) + 60) FROM wf_outbox");
        return (transitions, watch.Elapsed.TotalSeconds, (double)rows / transitions, (double)bytes / transitions);
    }

    /// <summary>The bare baseline: one transaction per transition, each inserting as many rows and bytes into one table.</summary>
    private static double RawInserts(string path, int transactions, double rowsPerTransaction, double bytesPerTransaction)
    {
        var database = SchoolDatabase.Open(path);
        using var connection = database.OpenConnection();
        var create = "CREATE TABLE raw (id INTEGER PRIMARY KEY, a INTEGER NOT NULL, b TEXT NOT NULL)";
        connection.Execute(database.IsPostgres ? PortableMigration.ForPostgres(create) : create);
        var rows = (int)Math.Round(rowsPerTransaction);
        var payload = new string('x', Math.Max(1, (int)(bytesPerTransaction / Math.Max(1, rows))));
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO raw (a, b) VALUES (@a, @b)";
        var a = insert.CreateParameter();
        a.ParameterName = "@a";
        a.DbType = System.Data.DbType.Int64;
        a.Value = 0L;
        var b = insert.CreateParameter();
        b.ParameterName = "@b";
        b.DbType = System.Data.DbType.String;
        b.Value = payload;
        insert.Parameters.Add(a);
        insert.Parameters.Add(b);
        insert.Prepare();
        var watch = Stopwatch.StartNew();
        for (var t = 0; t < transactions; t++)
        {
            using var tx = connection.BeginTransaction();
            insert.Transaction = tx;
            for (var r = 0; r < rows; r++)
            {
                a.Value = (long)t;
                b.Value = payload;
                insert.ExecuteNonQuery();
            }

            tx.Commit();
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static void Require(bool ok)
    {
        if (!ok)
        {
            throw new InvalidOperationException("a benchmark transition was refused");
        }
    }

    /// <summary>The run's databases by name: files in the folder, or databases made on the cluster and dropped at the end.</summary>
    private sealed class Targets(string folder, PostgresCluster? cluster)
    {
        private readonly List<string> _made = [];

        public string Get(string name)
        {
            if (cluster is null)
            {
                return Path.Combine(folder, name);
            }

            var made = cluster.CreateDatabase();
            _made.Add(made);
            return made;
        }

        public void DropAll()
        {
            foreach (var made in _made)
            {
                cluster!.DropDatabase(made);
            }
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
