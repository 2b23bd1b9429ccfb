using System.Globalization;
using InternalControl.Localization;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Cli.Json;

/// <summary>A notification as `ic outbox --json` prints it: the recipient, the language's code, the rendered text.</summary>
internal sealed record OutboxJson(long Id, long Case, string To, string Language, string Template, string Text, string Created, string? Sent)
{
    public static OutboxJson From(OutboxMessage m) => new(
        m.Id,
        m.CaseId,
        m.RecipientKind + ":" + m.RecipientId,
        Languages.Code(m.Language),
        m.Template,
        m.Text,
        m.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        m.SentAt?.ToString("O", CultureInfo.InvariantCulture));
}
