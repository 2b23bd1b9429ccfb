namespace InternalControl.Workflows.Journal;

/// <summary>
/// A completed task whose step names a register (<c>register CODE</c> in the policy): the journal entry with its case's
/// pupil and subject, as the registers a regulation demands read it.
/// </summary>
/// <param name="Day">The school day the task was completed.</param>
/// <param name="CaseId">The case.</param>
/// <param name="PupilId">The case's pupil, when its key has one.</param>
/// <param name="SubjectId">The case's subject, when its key has one.</param>
/// <param name="Actor">Who completed the task.</param>
/// <param name="Step">The step's code.</param>
/// <param name="Outcome">The outcome chosen.</param>
/// <param name="Data">The form's fields.</param>
public sealed record RegisterRecord(
    DateOnly Day,
    long CaseId,
    string? PupilId,
    string? SubjectId,
    string Actor,
    string Step,
    string? Outcome,
    IReadOnlyDictionary<string, string?> Data);
