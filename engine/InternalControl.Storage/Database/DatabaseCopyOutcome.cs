namespace InternalControl.Storage.Database;

/// <summary>What <see cref="DatabaseCopy.Copy"/> did: the rows per table it copied, or why it copied nothing ("not-empty", "count-mismatch").</summary>
public sealed record DatabaseCopyOutcome(IReadOnlyDictionary<string, long> Rows, string? Refusal);
