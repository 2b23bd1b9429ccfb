using InternalControl.Kernel.Time;
using InternalControl.Workflows.Timers;

namespace InternalControl.Workflows.Runtime;

/// <summary>Timers: whatever came due by now fires, including what came due while no process ran.</summary>
public sealed partial class WorkflowRuntime
{
    private const int TimerBatch = 500;

    /// <summary>
    /// Fires every timer due as of the clock's today (waits, reminders, missed deadlines, escalations,
    /// ended sub-cases), each in its own transition, until none is due. Returns how many fired.
    /// </summary>
    public int Tick() => FireDue(onlySubCases: false);

    private int FireDue(bool onlySubCases)
    {
        var fired = 0;
        var today = IsoDate.Text(Context().Today);
        var seen = new HashSet<(long, int, string)>();
        while (true)
        {
            // A timer whose case cannot move (its definition is gone) stays pending; it is tried once per tick.
            var due = _store.DueTimers(SchoolId, today, onlySubCases ? TimerKind.SubCase : null, TimerBatch)
                .Where(t => seen.Add((t.CaseId, t.Token, t.Kind)))
                .ToList();
            if (due.Count == 0)
            {
                return fired;
            }

            foreach (var timer in due)
            {
                Advance(timer.CaseId, "system", (state, machine) =>
                {
                    // Loaded after the case: if another process fired it since, the case version tells.
                    var current = _store.LoadTimer(timer);
                    if (current is null)
                    {
                        return Skip;
                    }

                    machine.Fire(current, _store.LoadTask(state.Id, current.Token));
                    return null;
                });
                fired++;
            }
        }
    }
}
