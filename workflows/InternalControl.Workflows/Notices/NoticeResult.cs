using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;

namespace InternalControl.Workflows.Notices;

/// <summary>
/// What sending a rule's notice led to: a new notice with its messages in the outbox (<see cref="Created"/>), or the
/// notice this rule already sent for the same pupil, subject and term. On refusal (an unknown role) <see cref="NoticeId"/> is 0.
/// </summary>
public sealed record NoticeResult(long NoticeId, bool Created, Diagnostic? Error)
{
    /// <summary>True unless the notice was refused.</summary>
    public bool Ok => Error is null;

    /// <summary>The refusal in <paramref name="language"/>, or null.</summary>
    public string? Message(Language language) => Error?.Message(language);
}
