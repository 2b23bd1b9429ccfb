using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace InternalControl.Workflows.Outbox;

/// <summary>
/// Appends each message as one JSON line to a file: the channel for a school without SMS or e-mail yet, and for tests.
/// A line is written whole by one unbuffered write in append mode, one writer at a time per file in this process, so
/// several workers (threads or processes) appending to one file never split a line.
/// </summary>
public sealed class FileSender(string path) : INotificationSender
{
    private static readonly ConcurrentDictionary<string, object> Gates = new(StringComparer.Ordinal);

    public bool Send(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var line = JsonSerializer.Serialize(new
        {
            id = message.Id,
            @case = message.CaseId,
            notice = message.NoticeId,
            to = message.RecipientKind + ":" + message.RecipientId,
            language = Localization.Languages.Code(message.Language),
            template = message.Template,
            text = message.Text,
        });
        try
        {
            var bytes = Encoding.UTF8.GetBytes(line + Environment.NewLine);
            lock (Gates.GetOrAdd(Path.GetFullPath(path), _ => new object()))
            {
                using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
                file.Write(bytes);
            }

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
