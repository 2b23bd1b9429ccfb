namespace InternalControl.Application.Registers;

/// <summary>A line of a register: a completed task of a register step, with its form.</summary>
public sealed record RegisterEntry(
    DateOnly Date,
    long CaseId,
    string? PupilId,
    string? SubjectId,
    string Actor,
    string Register,
    string Step,
    string Outcome,
    IReadOnlyDictionary<string, string?> Fields);
