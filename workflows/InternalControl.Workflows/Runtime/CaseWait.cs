namespace InternalControl.Workflows.Runtime;

/// <summary>A case standing in a wait step: which case, the step, and the day the wait ends (its timer's due day).</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Step">The wait step's name, as the workflow names it.</param>
/// <param name="Ends">The day the wait ends and the case moves on.</param>
public sealed record CaseWait(long CaseId, string Step, DateOnly Ends);
