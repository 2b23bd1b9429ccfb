namespace InternalControl.Workflows.Outbox;

/// <summary>
/// A message's delivery state after a try (or a hold), as the store writes it back: the channel code, the tries on it,
/// the next try (UTC text; null: at once), the state, the moment it was sent, and whether a channel was tried (which
/// counts in the message's total attempts).
/// </summary>
internal sealed record DeliveryUpdate(string? Channel, int Tries, string? NextAttempt, DeliveryState State, string? SentAt, bool Tried);
