namespace InternalControl.Workflows.Journal;

/// <summary>A journal entry a transition writes; <see cref="Seq"/> numbers it within its case.</summary>
internal sealed record JournalWrite(int Seq, JournalKind Kind, string? Step, string Actor, int? Token, string? Register, string? Detail, string? Data);
