using System.Diagnostics;
using System.Text.Json;
using InternalControl.Cli.CommandLine;

namespace InternalControl.Cli.Tests.Workers;

/// <summary>
/// Three `ic worker` processes on one PostgreSQL database, one of them killed (SIGKILL) in the middle of a school's
/// night: the others finish the rest and stop on SIGTERM; once the dead worker's leases expire on the injected clock, a
/// new worker takes them up. Afterwards every due timer fired once, every message went once, and no case is missing.
/// </summary>
public sealed class WorkerCrashTests
{
    private const string Night = "2026-12-18";

    [Fact]
    public void Worker_OneOfThreeKilledMidNight_ItsLeasesAreTakenUpAfterExpiryAndEverythingHappensOnce()
    {
        // Arrange: three schools evaluated on 27 November (cases open, their reminders and deadlines ahead).
        using var district = new DistrictDatabase(schools: 3);
        var first = Ic.Run("worker", "--once", "--workers", "2", "--name", "setup", "--outbox", district.Temp.File("setup.txt"), "--db", district.Db, "--now", "2026-11-27", "--lang", "en");
        first.AssertSucceeded();
        var casesBefore = district.Count("SELECT count(*) FROM wf_cases");
        Assert.True(casesBefore > 0, "the sample school opens cases");

        // Act 1: three processes on the night of 18 December, when reminders and deadlines are due; kill -9 the one
        // that is evaluating a school when the test first sees it.
        var workers = Enumerable.Range(1, 3).Select(i => Start(district, "w" + i)).ToList();
        Process? victim = null;
        try
        {
            var holder = WaitFor(() => district.Query($"SELECT lease_owner FROM worker_nights WHERE night = '{Night}' AND done_at IS NULL").FirstOrDefault()?[0] as string, TimeSpan.FromSeconds(90));
            victim = workers.Single(w => holder.StartsWith(w.StartInfo.ArgumentList[w.StartInfo.ArgumentList.IndexOf("--name") + 1] + "#", StringComparison.Ordinal));
            victim.Kill();
            victim.WaitForExit();

            // The survivors evaluate the other two schools and send every message that is not the dead worker's.
            WaitFor(() => district.Count($"SELECT count(*) FROM worker_nights WHERE night = '{Night}' AND done_at IS NOT NULL") == 2
                && district.Count("SELECT count(*) FROM wf_outbox WHERE sent_at IS NULL") == 0 ? "idle" : null, TimeSpan.FromSeconds(120));
        }
        finally
        {
            foreach (var worker in workers.Where(w => !w.HasExited))
            {
                Signal(worker, "TERM");
            }
        }

        Assert.NotNull(victim);
        var survivors = workers.Where(w => w != victim).ToList();
        foreach (var survivor in survivors)
        {
            Assert.True(survivor.WaitForExit(TimeSpan.FromSeconds(60)), "a worker stops on SIGTERM");
            var output = survivor.StandardOutput.ReadToEnd();
            Assert.True(survivor.ExitCode == 0, output + survivor.StandardError.ReadToEnd());
            Assert.Contains("Workers stopped:", output);
        }

        var heldNight = district.Count($"SELECT count(*) FROM worker_nights WHERE night = '{Night}' AND done_at IS NULL");

        // Act 2: six minutes later on the same clock the dead worker's leases have expired; a new worker takes them up.
        var takeover = Ic.Run("worker", "--once", "--workers", "1", "--name", "w4", "--outbox", district.Temp.File("w4.txt"), "--db", district.Db, "--now", Night + "T03:06Z", "--lang", "en");

        // Assert
        takeover.AssertSucceeded();
        Assert.Equal(1, heldNight);
        Assert.Equal(new long[] { 1, 1, 2 }, district.Query($"SELECT runs FROM worker_nights WHERE night = '{Night}' AND done_at IS NOT NULL ORDER BY runs").Select(r => Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture)));

        // Every timer due by the night fired, each once (a timer fires in its case's transition, whose journal stays gapless).
        Assert.Equal(0, district.Count($"SELECT count(*) FROM wf_timers WHERE status = 'pending' AND due <= '{Night}'"));
        Assert.True(district.Count("SELECT count(*) FROM wf_timers WHERE status = 'fired'") > 0, "reminders and deadlines came due");
        Assert.Empty(district.Query("SELECT case_id FROM wf_journal GROUP BY case_id HAVING count(*) <> count(DISTINCT seq) OR max(seq) <> count(*) OR min(seq) <> 1"));

        // Every message went once: each outbox row is sent and appears in exactly one line of the workers' files.
        Assert.Equal(0, district.Count("SELECT count(*) FROM wf_outbox WHERE sent_at IS NULL"));
        var written = new[] { "setup", "w1", "w2", "w3", "w4" }.Select(name => district.Temp.File(name + ".txt")).Where(File.Exists)
            .SelectMany(file => File.ReadAllLines(file).Select(line => (File: Path.GetFileName(file), Line: line))).ToList();
        Assert.All(written, w => Assert.True(w.Line.StartsWith('{'), w.File + ": " + w.Line));
        var lines = written.Select(w => JsonDocument.Parse(w.Line).RootElement.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(district.Count("SELECT count(*) FROM wf_outbox"), lines.Count);
        Assert.Equal(lines.Count, lines.Distinct().Count());

        // No case is lost or doubled: one case per key, and evaluating each school again opens none.
        Assert.Empty(district.Query("SELECT school_id, workflow, case_key FROM wf_cases GROUP BY school_id, workflow, case_key HAVING count(*) > 1"));
        foreach (var school in new[] { "S1", "S2", "S3" })
        {
            var again = Ic.Run("evaluate", "--json", "--db", district.Db, "--school-name", school, "--now", Night, "--lang", "en");
            again.AssertSucceeded();
            Assert.DoesNotContain("\"created\":true", again.Out.Replace(" ", "", StringComparison.Ordinal));
        }
    }

    /// <summary>Starts `ic worker` as a child process of its own (the dotnet host running ic.dll).</summary>
    private static Process Start(DistrictDatabase district, string name)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            typeof(CliApp).Assembly.Location, "worker", "--workers", "1", "--every", "0.2", "--name", name,
            "--outbox", district.Temp.File(name + ".txt"), "--db", district.Db, "--now", Night, "--lang", "en",
        })
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false });
        kill?.WaitForExit();
    }

    private static string WaitFor(Func<string?> probe, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (probe() is { } found)
            {
                return found;
            }

            Thread.Sleep(10);
        }

        throw new TimeoutException("The workers did not reach the state the test waits for.");
    }
}
