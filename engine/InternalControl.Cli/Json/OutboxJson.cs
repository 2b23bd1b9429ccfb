using System.Globalization;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Cli.Json;

/// <summary>
/// A notification as `ic outbox --json` prints it: the case it comes from, or the rule notice (one of the two), the recipient, the language's code, the rendered text, and its
/// delivery (channel, tries, state: pending, sent or failed, next try) and its idempotency key (the channels'
/// client reference and Message-ID).
/// </summary>
internal sealed record OutboxJson(
    long Id, long? Case, long? Notice, string To, string Language, string Template, string Text, string Created, string? Sent,
    string? Channel, int Tries, string State, string? Next, string Key)
{
    public static OutboxJson From(OutboxMessage m) => new(
        m.Id,
        m.CaseId,
        m.NoticeId,
        m.RecipientKind + ":" + m.RecipientId,
        Languages.Code(m.Language),
        m.Template,
        m.Text,
        IsoInstant.Text(m.CreatedAt),
        IsoInstant.TextOrNull(m.SentAt),
        m.Channel,
        m.Tries,
        m.State.ToString().ToLowerInvariant(),
        IsoInstant.TextOrNull(m.NextAttempt),
        m.IdempotencyKey);
}
