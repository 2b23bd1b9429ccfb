using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Web.Tests.Parents;

/// <summary>
/// Delivers a school's outbox once through channels that take every message and keep what they were given: what a
/// parent's phone or mailbox would receive (a sign-in link with its token filled in, which the outbox itself never holds).
/// </summary>
public sealed class LinkCatcher : IDeliveryChannel
{
    private LinkCatcher(ContactChannel channel) => Channel = channel;

    public ContactChannel Channel { get; }

    public List<DeliveryRequest> Received { get; } = [];

    /// <summary>Sends the school's due messages on e-mail, SMS and Telegram; the messages as they went out.</summary>
    public static async Task<IReadOnlyList<OutboxMessage>> Deliver(WebSchool school)
    {
        ArgumentNullException.ThrowIfNull(school);
        LinkCatcher[] channels = [new(ContactChannel.Email), new(ContactChannel.Sms), new(ContactChannel.Telegram)];
        using var session = school.Open();
        await session.Runtime.DeliverAsync(channels, new DeliveryOptions(1, TimeSpan.Zero, TimeSpan.Zero, new Random(1)));
        return [.. channels.SelectMany(c => c.Received).Select(r => r.Message).OrderBy(m => m.Id)];
    }

    public Task<bool> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        Received.Add(request);
        return Task.FromResult(true);
    }
}
