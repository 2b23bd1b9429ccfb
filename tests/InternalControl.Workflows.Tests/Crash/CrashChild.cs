using InternalControl.Kernel.Calendars;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Database;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace InternalControl.Workflows.Tests.Crash;

/// <summary>
/// The child the crash test kills: on one day, starts a case for every pupil (idempotently) when asked, fires
/// due timers, and completes every open task by a fixed rule, until no task is left. Run again after
/// a kill, it carries on from whatever the database holds.
/// </summary>
internal static class CrashChild
{
    public static int Run(string path, DateOnly date, int pupils, bool start)
    {
        var database = SchoolDatabase.Open(path, typeof(WorkflowRuntime).Assembly);
        var school = database.Schools.FindSchool(CrashTests.SchoolName)!;
        var clock = new FakeTimeProvider(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var options = new WorkflowRuntimeOptions(
            database, Some.School(school, pupils), CalendarCatalog.Find("kg", "2026-2027")!, clock, new WorkflowCatalog(TestWorkflows.All()))
        {
            // Restarted under its old name, the worker takes up at once the timers it had leased when it was killed.
            Worker = "crash-child",
        };
        using var runtime = WorkflowRuntime.Open(options);
        Progress();

        // The rule fires once per pupil. A run killed after a case had already closed must not fire it again
        // for that pupil: the runtime rightly opens a new case when a closed one's key is started again
        // (one OPEN case per key). A pupil whose case is still open is started again, which must change nothing.
        var closed = start ? runtime.Cases().Where(c => !c.IsOpen).Select(c => c.PupilId).ToHashSet() : [];
        for (var i = 1; start && i <= pupils; i++)
        {
            if (!closed.Contains(WorkflowFixture.Pupil(i).PupilId))
            {
                var started = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(i), "5.7");
                Check(started.Ok);
                if (started.Created)
                {
                    Progress();
                }
            }
        }

        runtime.Tick();
        Progress();
        while (runtime.Tasks() is { Count: > 0 } tasks)
        {
            foreach (var task in tasks)
            {
                var (outcome, fields) = Answer(task.Step, int.Parse(task.PupilId![1..], System.Globalization.CultureInfo.InvariantCulture));
                Check(runtime.Complete(task.Id, outcome, fields, task.Assignee ?? "system").Ok);
                Progress();
            }
        }

        return 0;
    }

    /// <summary>
    /// One line when ready and one per transition done (a start that finds the open case does nothing), so that
    /// the parent kills the child at a point in its work, not at a point in time: how long start-up and the
    /// work take depends on the machine's load (killed by a timer, it either never got past start-up or
    /// finished before the kill).
    /// </summary>
    private static void Progress() => Console.Out.WriteLine(".");

    /// <summary>Odd pupils improve at once; even ones go through 5.10, 6.1 (absent once), a diary note and the review.</summary>
    public static (string Outcome, IReadOnlyDictionary<string, string> Fields) Answer(string step, int pupil) => step switch
    {
        "individual_work" => (pupil % 2 == 1 ? "improved" : "no_change", Fields.None),
        "report_5_10" => ("filed", Fields.Of("class_teacher_informed=2026-09-30", "parent_informed=2026-10-01")),
        "find_cause" => ("found", Fields.Of("cause=absence", "absences=1")),
        "review" => ("improved", Fields.None),
        _ => throw new InvalidOperationException("unexpected step " + step),
    };

    private static void Check(bool ok)
    {
        if (!ok)
        {
            throw new InvalidOperationException("a command was refused");
        }
    }
}
