using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;

namespace InternalControl.Application.Delivery;

/// <summary>
/// Messages to a linked Telegram chat (Telegram.Bot), in the recipient's language, with an "I have read it" button whose
/// answer (<see cref="TelegramUpdates"/>) goes into the case journal. The Bot API takes no idempotency key, so a repeat
/// after a crash is a second message (workflows/README.md, "Delivery").
/// </summary>
public sealed class TelegramChannel : IDeliveryChannel, IDisposable
{
    /// <summary>The prefix of the button's callback data, followed by the message's number.</summary>
    public const string AcknowledgePrefix = "ack:";

    private readonly HttpClient _http;
    private readonly TelegramBotClient _bot;

    public TelegramChannel(TelegramSettings settings, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _http = new HttpClient(handler ?? new SocketsHttpHandler()) { Timeout = settings.Timeout };
        _bot = Bot(settings, _http);
    }

    /// <inheritdoc/>
    public ContactChannel Channel => ContactChannel.Telegram;

    /// <inheritdoc/>
    public async Task<bool> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!long.TryParse(request.Contact.Address, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var chat))
        {
            return false;
        }

        var button = InlineKeyboardButton.WithCallbackData(
            Texts.Get("Outbox.Telegram.Acknowledge", request.Message.Language),
            AcknowledgePrefix + request.Message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            await _bot.SendMessage(chat, request.Message.Text, replyMarkup: request.Message.CarriesSignInLink ? null : new InlineKeyboardMarkup(button), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is RequestException or HttpRequestException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>A bot client over the settings' API address.</summary>
    internal static TelegramBotClient Bot(TelegramSettings settings, HttpClient http) =>
        new(new TelegramBotClientOptions(settings.Token, settings.ApiUrl?.ToString().TrimEnd('/')), http);
}
