namespace InternalControl.Application.Access;

/// <summary>One line of the audit trail: who did what, when, to which opaque id.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string? Target);
