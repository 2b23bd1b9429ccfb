using System.Text.Json;

namespace InternalControl.Workflows.Outbox;

/// <summary>Appends each message as one JSON line to a file: the channel for a school without SMS or e-mail yet, and for tests.</summary>
public sealed class FileSender(string path) : INotificationSender
{
    public bool Send(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var line = JsonSerializer.Serialize(new
        {
            id = message.Id,
            @case = message.CaseId,
            to = message.RecipientKind + ":" + message.RecipientId,
            language = Localization.Languages.Code(message.Language),
            template = message.Template,
            text = message.Text,
        });
        try
        {
            File.AppendAllText(path, line + Environment.NewLine);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
