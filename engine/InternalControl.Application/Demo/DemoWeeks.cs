using InternalControl.Application.Cases;
using InternalControl.Kernel.Time;
using InternalControl.Localization;

namespace InternalControl.Application.Demo;

/// <summary>
/// Simulated school weeks: every school day the nightly evaluation runs again (opening nothing twice),
/// staff act on part of their tasks, and due reminders, escalations and waits fire.
/// </summary>
public static class DemoWeeks
{
    /// <summary>Runs <paramref name="schoolDays"/> school days from the clock's date; reports each day done.</summary>
    public static DemoTally Run(SchoolSession session, SteppingClock clock, int schoolDays, Language language, Action<int>? dayDone = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(clock);
        var tally = new DemoTally();
        var calendar = session.Workspace.Calendar;
        var day = session.Workspace.Today;
        for (var done = 0; done < schoolDays;)
        {
            day = day.AddDays(1);
            clock.Now = SchoolTime.MorningOf(day);
            if (!calendar.IsSchoolDay(day))
            {
                tally.TimersFired += session.Runtime.Tick();
                continue;
            }

            var run = session.Evaluate();
            tally.Reopened += run.Starts.Count - run.Opened;
            tally.Opened += run.Opened;
            tally.TimersFired += run.TimersFired;
            foreach (var task in session.Runtime.Tasks())
            {
                if (!StaffActor.ActsToday(task, day))
                {
                    continue;
                }

                var actor = task.ClaimedBy ?? task.Assignee ?? "demo";
                var result = session.Runtime.Complete(task.Id, StaffActor.Outcome(task), StaffActor.Fields(task, day, language), actor);
                if (result.Ok)
                {
                    tally.Completed++;
                }
                else
                {
                    tally.Refused++;
                }
            }

            done++;
            dayDone?.Invoke(done);
        }

        return tally;
    }
}
