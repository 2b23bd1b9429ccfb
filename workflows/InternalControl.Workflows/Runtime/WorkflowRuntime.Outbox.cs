using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Runtime;

/// <summary>The outbox: messages transitions rendered, waiting for a sender.</summary>
public sealed partial class WorkflowRuntime
{
    private const int OutboxBatch = 200;

    /// <summary>The school's outbox messages, oldest first (unsent only when asked).</summary>
    public IReadOnlyList<OutboxMessage> Outbox(bool unsentOnly = false) => _store.Outbox(SchoolId, unsentOnly);

    /// <summary>
    /// Hands every unsent message to the sender and marks each delivered one sent. A message the sender
    /// refuses stays unsent, with its attempts counted, for the next dispatch. Several workers may dispatch at once:
    /// each leases a batch of messages the others pass over, so each message goes once.
    /// </summary>
    public DispatchResult Dispatch(INotificationSender sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var sent = 0;
        var refused = new List<long>();
        var tried = new HashSet<long>();
        while (true)
        {
            // This worker's own leases count as free, so a refused message comes back: each is tried once.
            var (now, leaseUntil) = Lease();
            var batch = _store.LeaseUnsent(SchoolId, OutboxBatch, _options.Worker, now, leaseUntil).Where(m => tried.Add(m.Id)).ToList();
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var message in batch)
            {
                // A sign-in link goes with its token filled in, or (its token expired) is refused.
                var outgoing = Outgoing(message);
                var ok = outgoing is { } o && sender.Send(o.Message);
                _store.MarkDispatched(message.Id, ok, Context().NowText);
                if (ok)
                {
                    if (outgoing!.Value.Filled)
                    {
                        _store.ForgetLinkSecret(message.Id);
                    }

                    sent++;
                }
                else
                {
                    refused.Add(message.Id);
                }
            }
        }

        // The refused go back for the next dispatch.
        _store.ReleaseLeases(refused);
        return new DispatchResult(sent, refused.Count);
    }
}
