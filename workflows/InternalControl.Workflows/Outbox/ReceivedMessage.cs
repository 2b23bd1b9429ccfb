namespace InternalControl.Workflows.Outbox;

/// <summary>A message the school sent one person, and whether they have acknowledged it ("I have read it").</summary>
public sealed record ReceivedMessage(OutboxMessage Message, bool Read);
