using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Storage.Database;

/// <summary>
/// What <see cref="DatabaseCopy.Copy"/> did: the rows per table it copied, or why it copied nothing (a target that holds a
/// school, IC3701; a table whose count, IC3702, or rows, IC3703, differ from the source's after the copy).
/// </summary>
public sealed record DatabaseCopyOutcome(IReadOnlyDictionary<string, long> Rows, Diagnostic? Refusal);
