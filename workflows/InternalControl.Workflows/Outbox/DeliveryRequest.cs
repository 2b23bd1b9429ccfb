using InternalControl.Storage.Contacts;

namespace InternalControl.Workflows.Outbox;

/// <summary>One try of one message on one channel of its recipient: the message, already in their language, and the contact to use.</summary>
public sealed record DeliveryRequest(OutboxMessage Message, Contact Contact)
{
    /// <summary>The message's stable key: a channel that accepts one passes it on, so the provider can drop a repeat.</summary>
    public string IdempotencyKey => Message.IdempotencyKey;
}
