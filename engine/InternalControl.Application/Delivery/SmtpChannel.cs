using System.Net.Sockets;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace InternalControl.Application.Delivery;

/// <summary>
/// E-mail through an SMTP server with MailKit: one connection per try, the message in the recipient's language with
/// its subject from <c>Outbox.Email.Subject</c>, <c>Content-Language</c> set, and the idempotency key as the
/// Message-ID (a mail system that keeps Message-IDs drops a repeat). A refusal, a broken connection or a timeout is a
/// failed try.
/// </summary>
public sealed class SmtpChannel(SmtpSettings settings, Uri? link) : IDeliveryChannel
{
    /// <inheritdoc/>
    public ContactChannel Channel => ContactChannel.Email;

    /// <inheritdoc/>
    public async Task<bool> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var email = Compose(request);
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, Security(), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken).ConfigureAwait(false);
            }

            await client.SendAsync(email, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException
            or AuthenticationException or SslHandshakeException or IOException or SocketException or TimeoutException)
        {
            return false;
        }
    }

    private MimeMessage Compose(DeliveryRequest request)
    {
        var message = request.Message;
        var language = message.Language;
        var email = new MimeMessage
        {
            Subject = Texts.Get("Outbox.Email.Subject", language),
            MessageId = request.IdempotencyKey + "@internal-control",
        };
        email.From.Add(MailboxAddress.Parse(settings.From));
        email.To.Add(MailboxAddress.Parse(request.Contact.Address));
        var text = message.Text;
        if (link is not null)
        {
            text += "\n\n" + Texts.Get("Outbox.Email.Footer", language, link);
        }

        var body = new TextPart("plain") { Text = text };
        body.Headers.Add("Content-Language", language.Code());
        email.Body = body;
        return email;
    }

    private SecureSocketOptions Security() => settings.Security.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
