namespace InternalControl.Workflows.Journal;

/// <summary>What a journal entry records; each kind has a line in the Workflows catalog (<c>Workflows.Journal.{Kind}</c>).</summary>
public enum JournalKind
{
    Started,
    Notified,
    NoRecipient,
    Decided,
    TaskCreated,
    TaskCompleted,
    Waiting,
    WaitElapsed,
    ParallelStarted,
    BranchJoined,
    SubStarted,
    SubEnded,
    Ended,
    Reminded,
    DeadlineMissed,
    Escalated,
    Reassigned,
    Claimed,
    Commented,
    Incident,

    /// <summary>A recipient confirmed they read a message (a parent's "I have read it" in the messenger); the detail is the message's number.</summary>
    Acknowledged,

    /// <summary>
    /// A task's assignee variable was missing or named nobody on the school's staff, so the task went to the role's
    /// holder (the detail is the variable, the data the value it held).
    /// </summary>
    AssigneeFallback,

    /// <summary>
    /// A task's assignee role (<c>assignee methodological_council_head</c>) has nobody in it at the school, so the task
    /// went to the holder of the step's own role (the detail is the vacant role's code).
    /// </summary>
    AssigneeRoleVacant,
}
