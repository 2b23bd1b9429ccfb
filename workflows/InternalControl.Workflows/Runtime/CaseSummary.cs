namespace InternalControl.Workflows.Runtime;

/// <summary>A case as a list shows it: which workflow and version, about whom, where it stands.</summary>
public sealed record CaseSummary(
    long Id,
    string Workflow,
    int Version,
    string Key,
    string? PupilId,
    string? SubjectId,
    string? Term,
    string Status,
    string? Result,
    string StartedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<string> CurrentSteps,
    long? ParentCaseId)
{
    public bool IsOpen => Status == CaseStatus.Open;
}
