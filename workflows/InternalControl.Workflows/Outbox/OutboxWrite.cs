namespace InternalControl.Workflows.Outbox;

/// <summary>A message a transition puts in the outbox, already rendered in the recipient's language.</summary>
internal sealed record OutboxWrite(int Seq, Recipient Recipient, string Template, string Text);
