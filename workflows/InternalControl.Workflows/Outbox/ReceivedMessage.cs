namespace InternalControl.Workflows.Outbox;

/// <summary>A message the school sent one person, and whether they have acknowledged it ("I have read it").</summary>
public sealed record ReceivedMessage(OutboxMessage Message, bool Read)
{
    /// <summary>
    /// True when the step that sent it asks the recipient something (<c>ask</c> in the workflow: an invitation to come,
    /// a notice to acknowledge); a parent's page lists only these. Rule notices and sign-in links never ask.
    /// </summary>
    public bool Asks { get; init; }
}
