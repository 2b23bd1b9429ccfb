namespace InternalControl.Cli.Tests.Workers;

/// <summary>`ic worker` in-process: the nightly evaluation split by school, once per school and night, and its refusals.</summary>
public sealed class WorkerCommandTests
{
    [Fact]
    public void Worker_TwoProcessesOnOneNight_EverySchoolIsEvaluatedOnce()
    {
        // Arrange: four schools in one district database; two worker processes of two workers each start at once.
        using var district = new DistrictDatabase(schools: 4);
        string[] Args(string name) =>
            ["worker", "--once", "--workers", "2", "--name", name, "--outbox", district.Temp.File(name + ".txt"), "--db", district.Db, "--now", "2026-11-27", "--lang", "en"];

        // Act
        var runs = new[] { "a", "b" }.AsParallel().Select(name => Ic.Run(Args(name))).ToList();

        // Assert: each run says what it did; together they evaluated four schools, each night claimed once.
        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Out + run.Error));
        var evaluated = runs.Sum(run => int.Parse(System.Text.RegularExpressions.Regex.Match(run.Out, @"Workers stopped: (\d+) schools evaluated").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4, evaluated);
        Assert.Equal(4, district.Count("SELECT count(*) FROM worker_nights WHERE night = '2026-11-27' AND done_at IS NOT NULL AND runs = 1"));
        Assert.True(district.Count("SELECT count(DISTINCT school_id) FROM wf_cases") == 4, "every school has its cases");
    }

    [Fact]
    public void Worker_OneNight_ReadsEachSchoolOnce_AndSendsItsMessagesFromThatReading()
    {
        // Arrange: three schools whose night is due; each night starts cases whose messages wait in the outbox.
        using var district = new DistrictDatabase(schools: 3);
        var database = InternalControl.Application.Workspaces.Workspace.OpenDatabase(district.Db);
        var clock = new InternalControl.Kernel.Time.FixedClock(InternalControl.Kernel.Time.SchoolTime.MorningOf(new DateOnly(2026, 11, 27)));
        var pool = new InternalControl.Application.Workers.WorkerPool(
            database, clock, new InternalControl.Application.Workers.WorkerOptions(1, "night", district.Temp.File("outbox.txt")) { Once = true });

        // Act
        var round = pool.Run(CancellationToken.None);

        // Assert: each school is read once (a reading is its whole journal and its policy compiled), evaluated, and every
        // message of the night went from that reading; none waits for another.
        Assert.Equal(3, round.Evaluated);
        Assert.Equal(3, round.Opened);
        Assert.True(round.Sent > 0, "the night's messages were sent");
        Assert.Equal(round.Sent, File.ReadLines(district.Temp.File("outbox.txt")).Count());
        Assert.Equal(0, district.Count("SELECT count(*) FROM wf_outbox WHERE sent_at IS NULL AND state = 'pending'"));
    }

    [Fact]
    public void Worker_NoWorkers_IsAUserErrorInTheReadersLanguage()
    {
        var run = Ic.Run("worker", "--workers", "0", "--db", "nowhere.db", "--lang", "ru");

        run.AssertError(1, "--workers должно быть от 1 до 64, а --every больше 0.");
    }

    [Theory]
    [InlineData("worker")]
    [InlineData("serve")]
    public void NightlyAt_NotATime_IsAUserErrorInTheReadersLanguage(string command)
    {
        var run = Ic.Run(command, "--nightly-at", "25:00", "--db", "nowhere.db", "--lang", "ru");

        run.AssertError(1, "--nightly-at должно быть временем вида HH:mm, а не «25:00».");
    }
}
