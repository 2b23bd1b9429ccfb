using System.Diagnostics;
using Dapper;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Database;
using InternalControl.Localization;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Workflows.Tests.Crash;

/// <summary>
/// Durability: a child process is killed at random points while it advances hundreds of cases; after
/// it is run again to the end, every case is consistent, with no journal entry or message lost or doubled.
/// </summary>
public sealed class CrashTests
{
    public const string SchoolName = "Crash school";
    private const int Pupils = 200;

    /// <summary>Unloaded the test takes a few seconds; the limit is for a loaded two-core machine.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(55);

    [Fact]
    public void Advance_ChildKilledAtRandomPoints_EveryCaseConsistentAfterRestart()
    {
        // Arrange
        using var folder = new Testing.TempFolder();
        var path = folder.File("crash.db");
        var database = SchoolDatabase.Open(path, typeof(WorkflowRuntime).Assembly);
        database.Schools.CreateSchool(SchoolName, Country.Kg, [Language.Ky], false, "2026-2027");
        var random = new Random(97);
        var deadline = Stopwatch.StartNew();

        // Act: day one (start, tasks up to the wait), then 20 school days later (the review).
        var kills = RunToEnd(path, "2026-10-01", "start", random, deadline);
        kills += RunToEnd(path, "2026-10-29", "continue", random, deadline);

        // Assert
        Assert.True(kills > 0, "the child was never killed: the test proved nothing");
        using var connection = database.Connect();
        var cases = connection.Query<(long Id, string Pupil, string Status, long NextSeq)>("SELECT id, pupil_id, status, next_seq FROM wf_cases").ToList();
        Assert.Equal(Pupils, cases.Count);
        foreach (var c in cases)
        {
            var odd = int.Parse(c.Pupil[1..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 1;
            var seqs = connection.Query<long>("SELECT seq FROM wf_journal WHERE case_id = @Id ORDER BY seq", new { c.Id }).ToList();
            var messages = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM wf_outbox WHERE case_id = @Id", new { c.Id });
            Assert.Equal("closed", c.Status);
            Assert.Equal(Enumerable.Range(1, odd ? 5 : 15).Select(i => (long)i), seqs);
            Assert.Equal(c.NextSeq - 1, seqs.Count);
            Assert.Equal(odd ? 4 : 9, messages);
        }

        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM wf_tasks WHERE status = 'open'"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM wf_timers WHERE status = 'pending'"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM wf_outbox o WHERE NOT EXISTS (SELECT 1 FROM wf_journal j WHERE j.case_id = o.case_id AND j.seq = o.seq)"));
    }

    /// <summary>
    /// Runs the child, killing it a few times after a random number of transitions, then lets it finish; returns
    /// the kills. The kill lands while the child goes on working, so anywhere in a transaction or between two.
    /// </summary>
    private static int RunToEnd(string path, string date, string phase, Random random, Stopwatch deadline)
    {
        // Well under the transitions of a phase's first run (day one: 200 starts and 400 tasks; day 29: 100 timers
        // and 100 tasks), so that run is killed in the middle of its work; later runs may finish first.
        var range = phase == "start" ? 200 : 40;
        var kills = 0;
        for (var run = 0; ; run++)
        {
            Assert.True(deadline.Elapsed < TimeLimit, "the crash test ran out of time");
            using var child = Process.Start(new ProcessStartInfo(DotnetHost())
            {
                ArgumentList = { typeof(CrashChild).Assembly.Location, "crash-child", path, date, Pupils.ToString(System.Globalization.CultureInfo.InvariantCulture), phase },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            var stderr = child.StandardError.ReadToEndAsync();
            var killAfter = run < 4 ? random.Next(0, range) : int.MaxValue;
            var lines = 0;
            while (child.StandardOutput.ReadLine() is not null && lines++ != killAfter)
            {
            }

            if (lines > killAfter)
            {
                child.Kill(entireProcessTree: true);
            }

            if (!child.WaitForExit(TimeLimit - deadline.Elapsed))
            {
                child.Kill(entireProcessTree: true);
                Assert.Fail("the crash test ran out of time in a child's run");
            }

            // A child that finished its work before the kill reached it exits 0 and was not killed; one that failed
            // before the kill reached it said why on stderr (a killed one says nothing).
            if (lines > killAfter && child.ExitCode != 0)
            {
                Assert.True(stderr.Result.Length == 0, "child failed before it was killed: " + stderr.Result);
                kills++;
                continue;
            }

            Assert.True(child.ExitCode == 0, "child failed: " + stderr.Result);
            return kills;
        }
    }

    /// <summary>The dotnet host running the tests (the SDK names it), so the child runs on the same runtime.</summary>
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
