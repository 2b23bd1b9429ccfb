using System.Diagnostics;
using Dapper;
using InternalControl.Engine.Schools;
using InternalControl.Engine.Storage;
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

    [Fact]
    public void Advance_ChildKilledAtRandomPoints_EveryCaseConsistentAfterRestart()
    {
        // Arrange
        using var folder = new Testing.TempFolder();
        var path = folder.File("crash.db");
        var database = SchoolDatabase.Open(path, typeof(WorkflowRuntime).Assembly);
        new SchoolStore(database).CreateSchool(SchoolName, Country.Kg, [Language.Ky], false, "2026-2027");
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

    /// <summary>Runs the child, killing it after random delays a few times, then lets it finish; returns the kills.</summary>
    private static int RunToEnd(string path, string date, string phase, Random random, Stopwatch deadline)
    {
        var kills = 0;
        for (var run = 0; ; run++)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(55), "the crash test ran out of time");
            using var child = Process.Start(new ProcessStartInfo("dotnet")
            {
                ArgumentList = { typeof(CrashChild).Assembly.Location, "crash-child", path, date, Pupils.ToString(System.Globalization.CultureInfo.InvariantCulture), phase },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            var stderr = child.StandardError.ReadToEndAsync();
            // Kill in the first runs, at a point between start-up and the end of the work; then let it finish.
            if (run < 4 && !child.WaitForExit(random.Next(400, 2500)))
            {
                child.Kill(entireProcessTree: true);
                child.WaitForExit();
                kills++;
                continue;
            }

            child.WaitForExit();
            Assert.True(child.ExitCode == 0, "child failed: " + stderr.Result);
            return kills;
        }
    }
}
