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
                var fields = StaffActor.Fields(task, day, language);
                var first = StaffActor.Outcome(task);
                var result = session.Runtime.Complete(task.Id, first, fields, actor);
                // An outcome whose conditions the form does not meet (8.1: "refuses" before the calls the policy asks
                // for) is refused; the member of staff then chooses another, as a person would.
                foreach (var other in task.Outcomes.Where(o => o != first && !result.Ok))
                {
                    result = session.Runtime.Complete(task.Id, other, fields, actor);
                }
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
