namespace InternalControl.Workflows.Outbox;

/// <summary>How many messages a dispatch delivered, and how many stayed in the outbox.</summary>
public sealed record DispatchResult(int Sent, int Failed);
