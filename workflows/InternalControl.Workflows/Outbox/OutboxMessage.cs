using InternalControl.Localization;

namespace InternalControl.Workflows.Outbox;

/// <summary>
/// A notification waiting in (or sent from) the outbox, rendered in the recipient's language, with its delivery:
/// the channel it is on (a <c>ContactChannel</c> code; null before its first try), the tries on that channel, when it
/// is tried next, its state and its idempotency key (the same for the message forever; channels that accept one get it).
/// A message comes from a case's step (<see cref="CaseId"/>) or from a rule's notice (<see cref="NoticeId"/>), never both.
/// </summary>
public sealed record OutboxMessage(
    long Id,
    long? CaseId,
    string RecipientKind,
    string RecipientId,
    Language Language,
    string Template,
    string Text,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string? Channel,
    int Tries,
    DateTimeOffset? NextAttempt,
    DeliveryState State,
    string IdempotencyKey,
    long? NoticeId = null)
{
    /// <summary>Whether the message carries a one-time sign-in link (<see cref="SignInLinks"/>).</summary>
    public bool CarriesSignInLink => SignInLinks.Carries(Template);
}
