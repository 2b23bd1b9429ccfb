using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Outbox;
using InternalControl.Workflows.Tasks;
using InternalControl.Workflows.Timers;

namespace InternalControl.Workflows.Runtime;

/// <summary>
/// Everything one transition writes besides the case row: journal, tasks, timers, outbox, and the
/// sub-cases to start. The store writes it all in the case's transaction, or nothing.
/// </summary>
internal sealed class Transition
{
    public List<JournalWrite> Journal { get; } = [];

    public List<TaskRecord> NewTasks { get; } = [];

    public List<TaskRecord> TaskUpdates { get; } = [];

    public List<TimerRecord> NewTimers { get; } = [];

    /// <summary>Tokens whose pending timers are cancelled (the task they watched is done).</summary>
    public List<int> CancelTimers { get; } = [];

    public List<TimerRecord> FiredTimers { get; } = [];

    public List<OutboxWrite> Outbox { get; } = [];

    /// <summary>Sub-workflows to start: the workflow and the token that waits for it.</summary>
    public List<(string Workflow, int Token)> SubStarts { get; } = [];

    /// <summary>Set when the case closed: open tasks and pending timers are cancelled.</summary>
    public bool Closed { get; set; }

    /// <summary>A timer that tells the parent case this sub-case ended.</summary>
    public TimerRecord? ParentSignal { get; set; }

    /// <summary>The number of rows the transition writes, the case row included (the benchmark's unit of size).</summary>
    public int Rows => 1 + Journal.Count + NewTasks.Count + TaskUpdates.Count + NewTimers.Count + CancelTimers.Count
        + FiredTimers.Count + Outbox.Count + (ParentSignal is null ? 0 : 1);
}
