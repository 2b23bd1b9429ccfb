using InternalControl.Localization;

namespace InternalControl.Workflows.Outbox;

/// <summary>A notification waiting in (or sent from) the outbox, rendered in the recipient's language.</summary>
public sealed record OutboxMessage(
    long Id,
    long CaseId,
    string RecipientKind,
    string RecipientId,
    Language Language,
    string Template,
    string Text,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);
