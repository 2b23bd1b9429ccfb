using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using InternalControl.Cli.CommandLine;
using InternalControl.Testing;
using InternalControl.Testing.Databases;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace InternalControl.Cli.Tests.Workers;

/// <summary>
/// Issue 13, "The crash test, extended": `ic worker` processes (three on PostgreSQL, two on SQLite) serve one district
/// database of four sample schools (over 500 cases) through two nights: the first evaluates them (cases start, their tasks
/// and messages), the second ticks them (reminders and missed deadlines fire, cases advance). In each night one worker is
/// killed (SIGKILL) when the work it shares has advanced a seeded random number of steps, and restarted under its own
/// name (so it takes its own leases up at once); the night ends when every school is evaluated, no timer is due and
/// no message waits. Afterwards every journal is gapless (1..n), each due timer fired once, no case is doubled or
/// half-done, and each message went to its recipient once, plus at most one repeat per kill (the file sender's
/// "at most once more", workflows/README.md).
/// </summary>
public sealed class WorkerFleetCrashTests
{
    private static readonly string[] Nights = ["2026-11-27", "2026-12-18"];

    [Fact]
    public void Worker_ThreeProcessesOnPostgres_OneKilledAndRestarted_EverythingHappensOnce() => Run(Backend.Postgres, processes: 3, killsPerNight: 3, seed: 13);

    [Fact]
    public void Worker_TwoProcessesOnSqlite_OneKilledAndRestarted_EverythingHappensOnce() => Run(Backend.Sqlite, processes: 2, killsPerNight: 3, seed: 31);

    private static void Run(Backend backend, int processes, int killsPerNight, int seed)
    {
        // Arrange: three Kyrgyz schools and a Kazakh one in one database.
        using var temp = new TempFolder();
        using var database = new TestDatabase(backend, temp, "district.db");
        var db = database.Target;
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        foreach (var (country, name) in new[] { ("kg", "S1"), ("kg", "S2"), ("kg", "S3"), ("kz", "S4") })
        {
            Ic.Run("init", "--country", country, "--school", name, "--year", "2026-2027", "--db", db).AssertSucceeded();
            Ic.Run("import", Path.Combine(samples, country + "-school"), "--db", db, "--school-name", name).AssertSucceeded();
        }

        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        var kills = 0;
        var names = Enumerable.Range(1, processes).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)).ToList();

        // Act: each night, the processes run until the night's work is done; one of them is killed and restarted.
        foreach (var night in Nights)
        {
            var workers = names.ToDictionary(n => n, n => Start(db, temp, n, night));
            try
            {
                for (var k = 0; k < killsPerNight; k++)
                {
                    var threshold = Progress(db) + random.Next(3, 80);
                    if (!WaitUntil(() => Progress(db) >= threshold || Done(db, night), TimeSpan.FromSeconds(120)) || Done(db, night))
                    {
                        break;
                    }

                    var victim = names[random.Next(names.Count)];
                    workers[victim].Kill();
                    workers[victim].WaitForExit();
                    workers[victim].Dispose();
                    kills++;
                    workers[victim] = Start(db, temp, victim, night);
                }

                Assert.True(WaitUntil(() => Done(db, night), TimeSpan.FromSeconds(150)), "the workers finish the night " + night);
            }
            finally
            {
                foreach (var worker in workers.Values.Where(w => !w.HasExited))
                {
                    Signal(worker, "TERM");
                }
            }

            foreach (var worker in workers.Values)
            {
                Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(60)), "a worker stops on SIGTERM");
                worker.Dispose();
            }
        }

        // Assert: the kills landed while there was work, and the night's work is all there.
        Assert.True(kills >= Nights.Length, $"{kills} kills");
        Assert.True(Count(db, "SELECT count(*) FROM wf_cases WHERE workflow <> 'notice'") >= 500, "over 500 cases");
        Assert.Equal(4 * Nights.Length, Count(db, "SELECT count(*) FROM worker_nights WHERE done_at IS NOT NULL"));

        // Every journal is gapless, 1..n.
        Assert.Empty(Query(db, "SELECT case_id FROM wf_journal GROUP BY case_id HAVING count(*) <> count(DISTINCT seq) OR max(seq) <> count(*) OR min(seq) <> 1"));

        // Each timer due by the second night fired, once (a timer is one row per case, token and kind; firing changes its status in its case's transition).
        Assert.Equal(0, Count(db, $"SELECT count(*) FROM wf_timers WHERE status = 'pending' AND due <= '{Nights[^1]}'"));
        Assert.True(Count(db, "SELECT count(*) FROM wf_timers WHERE status = 'fired'") > 0, "reminders and deadlines came due");

        // No case is doubled or half-done: one case per key; a closed case keeps no open task or pending timer; every
        // message of a case belongs to a journal entry of its case, and every other one to a rule notice.
        Assert.Empty(Query(db, "SELECT school_id, workflow, case_key FROM wf_cases GROUP BY school_id, workflow, case_key HAVING count(*) > 1"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM wf_tasks t JOIN wf_cases c ON c.id = t.case_id WHERE c.status = 'closed' AND t.status = 'open'"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM wf_timers t JOIN wf_cases c ON c.id = t.case_id WHERE c.status = 'closed' AND t.status = 'pending'"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM wf_outbox o WHERE o.case_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM wf_journal j WHERE j.case_id = o.case_id AND j.seq = o.seq)"));
        Assert.Equal(0, Count(db, "SELECT count(*) FROM wf_outbox o WHERE o.case_id IS NULL AND NOT EXISTS (SELECT 1 FROM wf_notices n WHERE n.id = o.notice_id)"));

        // Each message went to its recipient: every row sent and in the workers' files, a repeat at most once per kill.
        Assert.Equal(0, Count(db, "SELECT count(*) FROM wf_outbox WHERE sent_at IS NULL"));
        var lines = names.Select(n => temp.File(n + ".txt")).Where(File.Exists).SelectMany(File.ReadAllLines).ToList();
        var ids = lines.Select(Id).ToList();
        var torn = ids.Count(id => id is null);
        var sent = ids.OfType<long>().ToList();
        var rows = Query(db, "SELECT id FROM wf_outbox").Select(r => Convert.ToInt64(r[0], CultureInfo.InvariantCulture)).ToHashSet();
        Assert.True(rows.SetEquals(sent), "every message, and nothing else, is in the files");
        var repeats = sent.Count - rows.Count;
        Assert.True(repeats + torn <= kills, $"{repeats} repeats and {torn} torn lines after {kills} kills");
        Console.WriteLine($"WorkerFleetCrash {backend}: {processes} processes, {Count(db, "SELECT count(*) FROM wf_cases WHERE workflow <> 'notice'")} cases, {rows.Count} messages, {kills} kills, {repeats} repeats, {watch.Elapsed.TotalSeconds:F1} s");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(150), $"took {watch.Elapsed}");
    }

    /// <summary>The outbox row a file line names, or null for a line cut by a kill.</summary>
    private static long? Id(string line)
    {
        try
        {
            return JsonDocument.Parse(line).RootElement.GetProperty("id").GetInt64();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>How far the shared work has come: journal entries written and messages sent.</summary>
    private static long Progress(string db) => Count(db, "SELECT (SELECT count(*) FROM wf_journal) + (SELECT count(*) FROM wf_outbox WHERE sent_at IS NOT NULL)");

    /// <summary>The night's work is done: every school evaluated that night, no timer due, no message waiting.</summary>
    private static bool Done(string db, string night) =>
        Count(db, $"SELECT count(*) FROM worker_nights WHERE night = '{night}' AND done_at IS NOT NULL") == 4
        && Count(db, $"SELECT count(*) FROM wf_timers WHERE status = 'pending' AND due <= '{night}'") == 0
        && Count(db, "SELECT count(*) FROM wf_outbox WHERE sent_at IS NULL") == 0;

    /// <summary>`ic worker` as a child process of its own (the dotnet host running ic.dll), appending its messages to NAME.txt.</summary>
    private static Process Start(string db, TempFolder temp, string name, string night)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = false, RedirectStandardError = false, UseShellExecute = false };
        foreach (var arg in new[]
        {
            typeof(CliApp).Assembly.Location, "worker", "--workers", "1", "--every", "0.2", "--name", name,
            "--outbox", temp.File(name + ".txt"), "--db", db, "--now", night, "--lang", "en",
        })
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false });
        kill?.WaitForExit();
    }

    private static bool WaitUntil(Func<bool> probe, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (probe())
            {
                return true;
            }

            Thread.Sleep(20);
        }

        return false;
    }

    private static long Count(string db, string sql) => Convert.ToInt64(Query(db, sql).FirstOrDefault()?[0] ?? 0L, CultureInfo.InvariantCulture);

    private static List<object?[]> Query(string db, string sql)
    {
        using DbConnection connection = db.Contains('=', StringComparison.Ordinal)
            ? new NpgsqlConnection(db)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return SqlRows.Read(connection, sql);
    }
}
