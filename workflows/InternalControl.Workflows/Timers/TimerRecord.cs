namespace InternalControl.Workflows.Timers;

/// <summary>A timer row: fires for a case's token on or after its due date. A token has at most one timer of a kind, which is its identity.</summary>
internal sealed record TimerRecord
{
    public long CaseId { get; init; }

    public int Token { get; init; }

    public string Kind { get; init; } = "";

    public string Due { get; init; } = "";

    public string? Payload { get; init; }
}
