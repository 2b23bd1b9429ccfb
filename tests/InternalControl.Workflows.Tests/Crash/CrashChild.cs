using InternalControl.Engine.Calendars;
using InternalControl.Engine.Schools;
using InternalControl.Engine.Storage;
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
        var school = new SchoolStore(database).FindSchool(CrashTests.SchoolName)!;
        var clock = new FakeTimeProvider(new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var options = new WorkflowRuntimeOptions(
            database, Some.School(school, pupils), CalendarCatalog.Find("kg", "2026-2027")!, clock, new WorkflowCatalog(ReferenceWorkflows.All()));
        using var runtime = WorkflowRuntime.Open(options);
        for (var i = 1; start && i <= pupils; i++)
        {
            Check(runtime.Start(ReferenceWorkflows.LowAchiever, WorkflowFixture.Pupil(i), "5.7").Ok);
        }

        runtime.Tick();
        while (runtime.Tasks() is { Count: > 0 } tasks)
        {
            foreach (var task in tasks)
            {
                var (outcome, fields) = Answer(task.Step, int.Parse(task.PupilId![1..], System.Globalization.CultureInfo.InvariantCulture));
                Check(runtime.Complete(task.Id, outcome, fields, task.Assignee ?? "system").Ok);
            }
        }

        return 0;
    }

    /// <summary>Odd pupils improve at once; even ones go through 5.10, 6.1 (absent once), a diary note and the review.</summary>
    public static (string Outcome, IReadOnlyDictionary<string, string> Fields) Answer(string step, int pupil) => step switch
    {
        "individual_work" => (pupil % 2 == 1 ? "improved" : "no_change", Fields.None),
        "report_5_10" => ("filed", Fields.Of("class_teacher_informed=2026-10-01", "parent_informed=2026-10-02")),
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
