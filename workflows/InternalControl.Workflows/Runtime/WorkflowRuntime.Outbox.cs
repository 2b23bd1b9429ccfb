using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Runtime;

/// <summary>The outbox: messages transitions rendered, waiting for a sender.</summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>The school's outbox messages, oldest first (unsent only when asked).</summary>
    public IReadOnlyList<OutboxMessage> Outbox(bool unsentOnly = false) => _store.Outbox(SchoolId, unsentOnly);

    /// <summary>
    /// Hands every unsent message to the sender and marks each delivered one sent. A message the sender
    /// refuses stays unsent, with its attempts counted, for the next dispatch.
    /// </summary>
    public DispatchResult Dispatch(INotificationSender sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        int sent = 0, failed = 0;
        foreach (var message in Outbox(unsentOnly: true))
        {
            var ok = sender.Send(message);
            _store.MarkDispatched(message.Id, ok, Context().NowText);
            if (ok)
            {
                sent++;
            }
            else
            {
                failed++;
            }
        }

        return new DispatchResult(sent, failed);
    }
}
