using InternalControl.Storage.Contacts;

namespace InternalControl.Workflows.Outbox;

/// <summary>
/// Sends messages over one channel (e-mail, Telegram, SMS). The runtime decides which channel a message goes on, when
/// it is retried and when it moves to the recipient's next channel; a channel only tries once. A refusal, an error
/// answer or a timeout of the provider is false, never an exception. Channel settings (hosts, tokens, URLs) stay in
/// the channel, which never writes them or an address to a log.
/// </summary>
public interface IDeliveryChannel
{
    /// <summary>The channel this sends on.</summary>
    ContactChannel Channel { get; }

    /// <summary>Tries to deliver one message; true when the provider took it.</summary>
    Task<bool> SendAsync(DeliveryRequest request, CancellationToken cancellationToken);
}
