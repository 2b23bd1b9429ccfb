using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;

namespace InternalControl.Workflows.Runtime;

/// <summary>
/// The case a start led to: a new one (<see cref="Created"/>), or the open case that already had
/// the key. On refusal (unknown workflow, a key part missing) <see cref="CaseId"/> is 0.
/// </summary>
public sealed record StartResult(long CaseId, bool Created, Diagnostic? Error)
{
    public bool Ok => Error is null;

    public string? Message(Language language) => Error?.Message(language);
}
