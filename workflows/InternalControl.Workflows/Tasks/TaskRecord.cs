namespace InternalControl.Workflows.Tasks;

/// <summary>A human task row, as the runtime reads and writes it.</summary>
internal sealed record TaskRecord
{
    public long Id { get; init; }

    public long SchoolId { get; init; }

    public long CaseId { get; init; }

    public int Token { get; init; }

    public string Step { get; init; } = "";

    public string Role { get; init; } = "";

    public string? Assignee { get; init; }

    public string? ClaimedBy { get; init; }

    public string Status { get; init; } = WorkTaskStatus.Open;

    public string CreatedAt { get; init; } = "";

    public string? Due { get; init; }

    public string? Outcome { get; init; }

    public string? Fields { get; init; }

    public string? CompletedBy { get; init; }

    public string? CompletedAt { get; init; }
}
