using System.Globalization;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Runtime;

/// <summary>
/// Delivery of the outbox over the recipients' channels (e-mail, Telegram, SMS): each message goes on its recipient's
/// preferred channel that the host offers, is retried there with backoff and jitter, moves to the next channel after
/// <see cref="DeliveryOptions.MaxTries"/> tries, and is marked failed when every channel failed. A message is marked
/// only after its channel answered, so a crash in between sends it at most once more (workflows/README.md, "Delivery").
/// </summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>Messages read per delivery run; a larger outbox goes over several runs.</summary>
    private const int DeliveryBatch = 500;

    /// <summary>Tries every pending message whose time has come, once, on its current channel.</summary>
    public async Task<DeliveryReport> DeliverAsync(IReadOnlyList<IDeliveryChannel> channels, DeliveryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTries, 1);
        var byChannel = channels.ToDictionary(c => c.Channel);
        int sent = 0, retrying = 0, failed = 0, held = 0;
        var now = _options.Clock.GetUtcNow();
        var (leaseNow, leaseUntil) = Lease();
        _store.ForgetExpiredLinkSecrets(Utc(now));
        if (options.RateLimits is not null)
        {
            // The minutes before this one count no more: forgotten once per run, not on every try.
            _store.ForgetChannelWindows(IsoInstant.UtcText(Minute(now)));
        }

        foreach (var message in _store.DueMessages(SchoolId, leaseNow, DeliveryBatch, _options.Worker, leaseUntil))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var contacts = _options.Database.Contacts.Of(SchoolId, message.RecipientKind, message.RecipientId)
                .Where(c => byChannel.ContainsKey(c.Channel))
                .ToList();
            if (contacts.Count == 0)
            {
                // No channel to reach the person on: failed at once, so the deputy director sees it; never dropped.
                _store.UpdateDelivery(message.Id, new DeliveryUpdate(message.Channel, message.Tries, null, DeliveryState.Failed, null, false));
                failed++;
                continue;
            }

            var index = contacts.FindIndex(c => c.Channel.Code() == message.Channel);
            var tries = message.Tries;
            if (index < 0)
            {
                // First try, or the person's contacts changed since: start again from their first channel.
                index = 0;
                tries = 0;
            }

            var contact = contacts[index];
            if (Held(message, contact, options, now) is { } until)
            {
                _store.UpdateDelivery(message.Id, new DeliveryUpdate(contact.Channel.Code(), tries, Utc(until), DeliveryState.Pending, null, false));
                held++;
                continue;
            }

            if (Outgoing(message) is not var (outgoing, filled))
            {
                // A sign-in link whose token expired before it could go: nothing worth sending; the person asks again.
                _store.UpdateDelivery(message.Id, new DeliveryUpdate(contact.Channel.Code(), tries, null, DeliveryState.Failed, null, false));
                failed++;
                continue;
            }

            var ok = await byChannel[contact.Channel].SendAsync(new DeliveryRequest(outgoing, contact), cancellationToken).ConfigureAwait(false);
            tries++;
            if (ok)
            {
                _store.UpdateDelivery(message.Id, new DeliveryUpdate(contact.Channel.Code(), tries, null, DeliveryState.Sent, Utc(now), true));
                if (filled)
                {
                    _store.ForgetLinkSecret(message.Id);
                }

                sent++;
            }
            else if (tries < options.MaxTries)
            {
                _store.UpdateDelivery(message.Id, new DeliveryUpdate(contact.Channel.Code(), tries, Utc(now + options.Backoff(tries)), DeliveryState.Pending, null, true));
                retrying++;
            }
            else if (index + 1 < contacts.Count)
            {
                _store.UpdateDelivery(message.Id, new DeliveryUpdate(contacts[index + 1].Channel.Code(), 0, null, DeliveryState.Pending, null, true));
                retrying++;
            }
            else
            {
                _store.UpdateDelivery(message.Id, new DeliveryUpdate(contact.Channel.Code(), tries, null, DeliveryState.Failed, null, true));
                if (filled)
                {
                    _store.ForgetLinkSecret(message.Id);
                }

                failed++;
            }
        }

        return new DeliveryReport(sent, retrying, failed, held);
    }

    /// <summary>
    /// Records in the case journal that <paramref name="recipientId"/> read message <paramref name="messageId"/> (5.7: the
    /// parents are informed; the journal shows they read it); a rule's notice, which has no journal, keeps the time on the
    /// message. Only the message's recipient can; a second acknowledgement of the same message writes nothing.
    /// </summary>
    public WorkflowResult Acknowledge(long messageId, string recipientId)
    {
        var message = _store.Message(SchoolId, messageId);
        if (message is null || message.RecipientId != recipientId)
        {
            return WorkflowResult.Refuse("Outbox.Error.UnknownMessage", messageId);
        }

        if (message.CaseId is not { } caseId)
        {
            _store.MarkRead(SchoolId, messageId, Context().NowText);
            return WorkflowResult.Success;
        }

        var detail = messageId.ToString(CultureInfo.InvariantCulture);
        return Advance(caseId, recipientId, (state, machine) =>
        {
            if (_store.Journal(SchoolId, state.Id).Any(e => e.Kind == JournalKind.Acknowledged && e.Detail == detail))
            {
                return Skip;
            }

            machine.Acknowledge(messageId);
            return null;
        });
    }

    /// <summary>Puts a failed message back in the outbox, to go again from its recipient's first channel; false when there is no such failed message.</summary>
    public bool RetryMessage(long messageId) => _store.Retry(SchoolId, messageId);

    /// <summary>The school's messages that failed on every channel, oldest first (the deputy director's list).</summary>
    public IReadOnlyList<OutboxMessage> FailedMessages() => _store.FailedMessages(SchoolId);

    /// <summary>
    /// Null when the message may go now (and then it has taken its try of the channel's minute); otherwise when it is
    /// tried next: the end of quiet hours, or the next minute when the channel's tries of this minute are used up.
    /// </summary>
    private DateTimeOffset? Held(OutboxMessage message, Contact contact, DeliveryOptions options, DateTimeOffset now)
    {
        // Parents get no SMS or messenger message at night; e-mail waits in their mailbox anyway, and staff may be reached at any hour.
        // A sign-in link the parent has just asked for goes at once: they are waiting for it, at whatever hour they asked.
        if (options.QuietHours is { } quiet && message.RecipientKind == Contact.Parent && message.Template != SignInLinks.Requested
            && contact.Channel is ContactChannel.Sms or ContactChannel.Telegram && quiet.Until(now) is { } morning)
        {
            return morning;
        }

        if (options.RateLimits is { } limits && limits.TryGetValue(contact.Channel, out var limit))
        {
            // The provider's limit is its account's: counted per minute in the database, across schools and workers.
            var minute = Minute(now);
            if (!_store.TakeChannelTry(contact.Channel.Code(), IsoInstant.UtcText(minute), limit))
            {
                return minute.AddMinutes(1);
            }
        }

        return null;
    }

    /// <summary>The start of the UTC minute <paramref name="now"/> falls in: a channel's tries are counted per minute.</summary>
    private static DateTimeOffset Minute(DateTimeOffset now) =>
        new(now.UtcDateTime.Ticks - (now.UtcDateTime.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);

    /// <summary>The outbox's times: UTC with a +00:00 offset, as the leases' and timers' "now" it is compared with as text.</summary>
    private static string Utc(DateTimeOffset instant) => IsoInstant.UtcOffsetText(instant);
}
