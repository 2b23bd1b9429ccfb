namespace InternalControl.Workflows.Definitions;

/// <summary>
/// A task's deadline in school days from the day the task is created: an optional reminder before it,
/// a reminder when it is missed, and an optional escalation after it. An escalation either hands the task to
/// another role (<see cref="EscalateTo"/>), or opens a task step of its own (<see cref="EscalateStep"/>) beside the
/// late task, which stays with its owner (No. 97 10.2: the deputy director looks into why, the teacher keeps the work).
/// </summary>
public sealed record TaskDeadline(int DueDays, int? RemindDays, int? EscalateDays, WorkflowRole? EscalateTo)
{
    /// <summary>The task step an escalation opens (<c>escalate K -> step</c>); its outcomes lead to <c>join</c>.</summary>
    public string? EscalateStep { get; init; }

    // The text is part of a definition's hash (WorkflowDefinition): a deadline without an escalation step prints as
    // it did before the step existed, so the stored definitions of running cases keep their hashes.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("DueDays = ").Append(DueDays)
            .Append(", RemindDays = ").Append(RemindDays)
            .Append(", EscalateDays = ").Append(EscalateDays)
            .Append(", EscalateTo = ").Append(EscalateTo);
        if (EscalateStep is not null)
        {
            builder.Append(", EscalateStep = ").Append(EscalateStep);
        }

        return true;
    }
}
