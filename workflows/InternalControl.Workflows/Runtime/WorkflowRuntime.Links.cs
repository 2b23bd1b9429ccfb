using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Notices;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Runtime;

/// <summary>
/// Messages to one person that come from no case: one-time sign-in links, and the list of what the school sent a person.
/// </summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Puts a sign-in link into the outbox for its person, to go out through the normal delivery (channels, retries,
    /// rate limits), starting on <see cref="SignInLinkMessage.Channel"/> when given. It is kept as a notice of its own
    /// (no rule, no pupil), so no case list sees it. Returns the message's id.
    /// </summary>
    public long SendSignInLink(SignInLinkMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = Context();
        var recipient = new Recipient(message.RecipientKind, message.RecipientId, message.Language);
        // A fresh key each time: a person may ask for a new link while an earlier one is still on its way.
        var notice = new NoticeWrite(SchoolId, message.Template + ";" + Guid.NewGuid().ToString("N"), message.Template, message.RecipientKind, message.Template, null, null, null, 1);
        using var tx = _store.Begin();
        var id = _store.InsertDirectMessage(tx, notice, new OutboxWrite(1, recipient, message.Template, message.Text), message.Channel?.Code(), now.NowText);
        if (message.Secret is { } secret)
        {
            // The outbox keeps the text with the token masked; the sender fills it in from here (SignInLinks.Mask).
            _store.InsertLinkSecret(tx, SchoolId, id, secret, Utc(message.Expires));
        }

        tx.Commit();
        return id;
    }

    /// <summary>
    /// The message as it goes out: a sign-in link's text with its token filled in from the secrets (the first item), and
    /// whether a token was filled in (the second, so that it is forgotten once sent); null when the link's token has
    /// expired before the message could go.
    /// </summary>
    private (OutboxMessage Message, bool Filled)? Outgoing(OutboxMessage message)
    {
        if (!message.CarriesSignInLink || !message.Text.Contains(SignInLinks.Mask, StringComparison.Ordinal))
        {
            return (message, false);
        }

        return _store.LinkSecret(SchoolId, message.Id, Utc(_options.Clock.GetUtcNow())) is { } secret
            ? (message with { Text = message.Text.Replace(SignInLinks.Mask, secret, StringComparison.Ordinal) }, true)
            : null;
    }

    /// <summary>
    /// The messages the school sent one person from its cases and rules, newest first, each with whether they have
    /// acknowledged it; sign-in links are left out.
    /// </summary>
    public IReadOnlyList<ReceivedMessage> MessagesTo(string recipientKind, string recipientId) =>
        _store.MessagesTo(SchoolId, recipientKind, recipientId);
}
