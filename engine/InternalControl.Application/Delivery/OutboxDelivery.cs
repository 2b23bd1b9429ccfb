using InternalControl.Application.Access;
using InternalControl.Application.Cases;
using InternalControl.Workflows.Outbox;
using Telegram.Bot.Exceptions;

namespace InternalControl.Application.Delivery;

/// <summary>
/// One delivery run over the configured channels, the same for <c>ic outbox --send</c> and the web host's background
/// service: the Telegram bot's updates first (chat links, parents' requests for a sign-in link, acknowledgements),
/// then every due message
/// (<see cref="Workflows.Runtime.WorkflowRuntime.DeliverAsync"/>). The channels' HTTP clients live for the run only.
/// </summary>
public static class OutboxDelivery
{
    /// <summary>
    /// Delivers the school's due messages over <paramref name="settings"/>' channels (at least one must be configured).
    /// A bot whose updates cannot be read (the Bot API unreachable) does not stop the run: its updates wait for the next.
    /// </summary>
    public static async Task<DeliveryReport> SendAsync(OutboxSettings settings, SchoolSession session, TimeProvider clock, Random random, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(random);
        if (!settings.HasChannels)
        {
            throw new InvalidOperationException("No outbox channel is configured.");
        }

        var runtime = session.Runtime;
        var channels = settings.Channels();
        try
        {
            if (settings.Telegram is not null)
            {
                // The bot's updates first: a chat linked by its code gets today's messages in this same run.
                var workspace = session.Workspace;
                using var updates = new TelegramUpdates(settings.Telegram, runtime, workspace.Database.Contacts, clock)
                {
                    // A parent's /signin: the link points at the web application's configured address, never elsewhere.
                    SignInLinks = settings.Link is { } site
                        ? contact => new ParentLinks(session, new AccessStore(workspace.Database, workspace.School.Id, clock), settings.ParentLinks).RequestFromChat(contact, site)
                        : null,
                };
                try
                {
                    await updates.PollAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when ((e is RequestException or HttpRequestException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
                {
                    // The updates stay with the Bot API until a run reads them; delivery goes on.
                }
            }

            return await runtime.DeliverAsync(channels, settings.Options(random, session.Workspace.School.Country), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var channel in channels.OfType<IDisposable>())
            {
                channel.Dispose();
            }
        }
    }
}
