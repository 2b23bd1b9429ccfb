namespace InternalControl.Workflows.Outbox;

/// <summary>Where a message is on its way to its recipient.</summary>
public enum DeliveryState
{
    /// <summary>Not delivered yet: waiting for its first try, a retry, the next channel or the end of quiet hours.</summary>
    Pending,

    /// <summary>Delivered by a channel (or handed to the console or file sender).</summary>
    Sent,

    /// <summary>Every channel of the recipient failed, or they have none: shown to the deputy director, never dropped.</summary>
    Failed,
}
