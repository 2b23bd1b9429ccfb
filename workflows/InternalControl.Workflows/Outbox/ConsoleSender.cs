namespace InternalControl.Workflows.Outbox;

/// <summary>Writes each message to a text writer (the console in <c>ic</c>): recipient, then the text.</summary>
public sealed class ConsoleSender(TextWriter writer) : INotificationSender
{
    public bool Send(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        writer.WriteLine($"-> {message.RecipientKind}:{message.RecipientId} [{Localization.Languages.Code(message.Language)}] {message.Text}");
        return true;
    }
}
