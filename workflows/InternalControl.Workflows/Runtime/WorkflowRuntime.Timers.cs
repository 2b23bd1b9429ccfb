using InternalControl.Kernel.Time;
using InternalControl.Workflows.Timers;

namespace InternalControl.Workflows.Runtime;

/// <summary>Timers: whatever came due by now fires, including what came due while no process ran.</summary>
public sealed partial class WorkflowRuntime
{
    private const int TimerBatch = 500;

    /// <summary>How long a worker holds the timers and messages it took; a worker that dies leaves them to expire.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Fires every timer due as of the clock's today (waits, reminders, missed deadlines, escalations,
    /// ended sub-cases), each in its own transition, until none is due. Returns how many fired. Several workers may
    /// tick one database at once: each leases a batch of timers (<see cref="LeaseTime"/>) that the others pass over,
    /// and the case's version check still keeps a timer from firing twice.
    /// </summary>
    public int Tick() => FireDue(onlySubCases: false);

    /// <summary>Now and the end of a lease taken now, as UTC ISO text (leases compare as text).</summary>
    private (string Now, string Until) Lease()
    {
        var now = _options.Clock.GetUtcNow();
        return (
            InternalControl.Kernel.Time.IsoInstant.Text(now),
            InternalControl.Kernel.Time.IsoInstant.Text(now + LeaseTime));
    }

    private int FireDue(bool onlySubCases)
    {
        var fired = 0;
        var today = IsoDate.Text(Context().Today);
        var seen = new HashSet<(long, int, string)>();
        while (true)
        {
            // A timer whose case cannot move (its definition is gone) stays pending; it is tried once per tick.
            var (now, leaseUntil) = Lease();
            var due = _store.LeaseDueTimers(SchoolId, today, onlySubCases ? TimerKind.SubCase : null, TimerBatch, _options.Worker, now, leaseUntil)
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
