namespace InternalControl.Workflows.Outbox;

/// <summary>
/// Delivers outbox messages over one channel (a file here; SMS, e-mail or a messenger in a host).
/// Delivery is at least once: a crash after sending and before marking sent sends the message again,
/// so a sender that can should drop a message id it has already delivered.
/// </summary>
public interface INotificationSender
{
    /// <summary>Delivers one message; false when it could not (it stays in the outbox for the next dispatch).</summary>
    bool Send(OutboxMessage message);
}
