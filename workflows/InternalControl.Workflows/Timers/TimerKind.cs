namespace InternalControl.Workflows.Timers;

/// <summary>What a timer does when it comes due (stored by name: continuations are data, never delegates).</summary>
internal static class TimerKind
{
    /// <summary>A wait step's time is up.</summary>
    public const string Wait = "wait";

    /// <summary>Remind the assignee before the deadline.</summary>
    public const string Remind = "remind";

    /// <summary>The deadline was missed: remind the assignee and record it.</summary>
    public const string Overdue = "overdue";

    /// <summary>Hand the task to the escalation role.</summary>
    public const string Escalate = "escalate";

    /// <summary>A sub-workflow ended; its result is the payload.</summary>
    public const string SubCase = "subcase";

    public const string Pending = "pending";
    public const string Fired = "fired";
    public const string Cancelled = "cancelled";
}
