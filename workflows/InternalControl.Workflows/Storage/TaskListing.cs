namespace InternalControl.Workflows.Storage;

/// <summary>A task as the inbox lists it: the task row with its case's workflow, version and pupil.</summary>
internal sealed record TaskListing(
    long Id, long CaseId, string Workflow, long Version, string Hash, string Step, string Role, string? Assignee, string? ClaimedBy,
    string? PupilId, string? SubjectId, string? Due, string Status);
