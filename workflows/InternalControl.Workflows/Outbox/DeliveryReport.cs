namespace InternalControl.Workflows.Outbox;

/// <summary>What one delivery run did: delivered, to be retried (on the same or the next channel), failed for good, held by quiet hours or rate limits.</summary>
public sealed record DeliveryReport(int Sent, int Retrying, int Failed, int Held);
