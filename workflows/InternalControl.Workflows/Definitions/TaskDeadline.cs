namespace InternalControl.Workflows.Definitions;

/// <summary>
/// A task's deadline in school days from the day the task is created: an optional reminder before it,
/// a reminder when it is missed, and an optional escalation to another role after it.
/// </summary>
public sealed record TaskDeadline(int DueDays, int? RemindDays, int? EscalateDays, WorkflowRole? EscalateTo);
