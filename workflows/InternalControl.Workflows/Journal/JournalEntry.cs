namespace InternalControl.Workflows.Journal;

/// <summary>One transition of a case, as recorded: when, who, what, with the form data.</summary>
public sealed record JournalEntry(
    long CaseId,
    int Seq,
    DateTimeOffset At,
    JournalKind Kind,
    string? Step,
    string Actor,
    string? Register,
    string? Detail,
    IReadOnlyDictionary<string, string?> Data);
