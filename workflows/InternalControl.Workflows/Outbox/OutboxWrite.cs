namespace InternalControl.Workflows.Outbox;

/// <summary>A message a transition puts in the outbox, already rendered in the recipient's language.</summary>
internal sealed record OutboxWrite(int Seq, Recipient Recipient, string Template, string Text)
{
    /// <summary>True when the step that wrote it asks its recipient something (<c>ask</c>): a parent's page lists it.</summary>
    public bool Asks { get; init; }
}
