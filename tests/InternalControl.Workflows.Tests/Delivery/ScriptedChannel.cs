using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Tests.Delivery;

/// <summary>A channel that answers as told (true: taken, false: refused) and records every try.</summary>
internal sealed class ScriptedChannel(ContactChannel channel, Func<DeliveryRequest, bool> answer) : IDeliveryChannel
{
    public ContactChannel Channel { get; } = channel;

    public List<DeliveryRequest> Tries { get; } = [];

    public static ScriptedChannel Working(ContactChannel channel) => new(channel, _ => true);

    public static ScriptedChannel Refusing(ContactChannel channel) => new(channel, _ => false);

    public Task<bool> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        Tries.Add(request);
        return Task.FromResult(answer(request));
    }
}
