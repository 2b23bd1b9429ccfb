using System.Globalization;
using InternalControl.Application.Access;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Runtime;
using Telegram.Bot;
using CallbackQuery = Telegram.Bot.Types.CallbackQuery;
using Contact = InternalControl.Storage.Contacts.Contact;
using Telegram.Bot.Types.Enums;

namespace InternalControl.Application.Delivery;

/// <summary>
/// Reads the bot's updates and acts on three of them. A text with a one-time link code (<c>/start CODE</c> or the code
/// alone; issued by <c>ic contacts link</c> or the web application) links the chat to that person's contacts.
/// <c>/signin</c> from a parent's linked chat sends that chat a one-time sign-in link to the web application
/// (<see cref="SignInLinks"/>): a parent who is reached by Telegram has no address to type on the sign-in page. A press
/// of a message's "I have read it" button, by the chat the message went to, writes the acknowledgement into the case
/// journal (<see cref="WorkflowRuntime.Acknowledge"/>). Anything else is confirmed and left alone.
/// </summary>
public sealed class TelegramUpdates(TelegramSettings settings, WorkflowRuntime runtime, IContactStore contacts, TimeProvider clock) : IDisposable
{
    /// <summary>The bot command a parent sends for a sign-in link (Telegram's commands are Latin by the Bot API's rule).</summary>
    public const string SignInCommand = "/signin";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private int? _offset;

    /// <summary>
    /// Sends a sign-in link to the parent whose linked chat asks for one, and says what became of the request; null when
    /// this delivery run makes no links (no web address is configured, <see cref="OutboxSettings.Link"/>).
    /// </summary>
    public Func<Contact, ParentLinkAnswer>? SignInLinks { get; init; }

    /// <summary>Handles the updates waiting now; returns how many links and acknowledgements were made.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken = default)
    {
        var bot = TelegramChannel.Bot(settings, _http);
        var updates = await bot.GetUpdates(_offset, 100, 0, [UpdateType.Message, UpdateType.CallbackQuery], cancellationToken).ConfigureAwait(false);
        var done = 0;
        foreach (var update in updates)
        {
            _offset = update.Id + 1;
            if (update.Message is { Text: { } command, Chat: { } asking } && asking.Type == ChatType.Private && IsSignIn(command))
            {
                done += await SignInAsync(bot, asking.Id, cancellationToken).ConfigureAwait(false);
            }
            else if (update.Message is { Text: { } text, Chat: { } chat } && chat.Type == ChatType.Private)
            {
                done += await LinkAsync(bot, chat.Id, text, cancellationToken).ConfigureAwait(false);
            }
            else if (update.CallbackQuery is { Data: { } data, Message.Chat: { } from } query && data.StartsWith(TelegramChannel.AcknowledgePrefix, StringComparison.Ordinal))
            {
                done += await AcknowledgeAsync(bot, query, from.Id, data, cancellationToken).ConfigureAwait(false);
            }
        }

        if (updates.Length > 0)
        {
            // Confirms the handled updates to the Bot API, so that a restart does not handle them again.
            await bot.GetUpdates(_offset, 1, 0, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return done;
    }

    public void Dispose() => _http.Dispose();

    private async Task<int> LinkAsync(TelegramBotClient bot, long chat, string text, CancellationToken cancellationToken)
    {
        var code = text.StartsWith("/start", StringComparison.Ordinal) ? text["/start".Length..].Trim() : text.Trim();
        if (code.Length != 8 || !code.All(char.IsAsciiDigit))
        {
            return 0;
        }

        var contact = contacts.Link(runtime.SchoolId, code, chat.ToString(CultureInfo.InvariantCulture), clock.GetUtcNow());
        var language = contact is null ? Language.En : LanguageOf(contact);
        await bot.SendMessage(chat, Texts.Get(contact is null ? "Contacts.Telegram.BadCode" : "Contacts.Telegram.Linked", language), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return contact is null ? 0 : 1;
    }

    /// <summary>"/signin", also as Telegram sends a command from a menu to a named bot ("/signin@school_bot").</summary>
    private static bool IsSignIn(string text)
    {
        var command = text.Trim();
        return command.Equals(SignInCommand, StringComparison.OrdinalIgnoreCase)
            || command.StartsWith(SignInCommand + "@", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A parent's chat asks for a sign-in link: the link goes into the outbox for this chat, and the bot says so.</summary>
    private async Task<int> SignInAsync(TelegramBotClient bot, long chat, CancellationToken cancellationToken)
    {
        var address = chat.ToString(CultureInfo.InvariantCulture);
        var contact = contacts.OfKind(runtime.SchoolId, Contact.Parent).FirstOrDefault(c => c.Channel == ContactChannel.Telegram && c.Address == address);
        var answer = contact is null ? ParentLinkAnswer.Unknown : SignInLinks?.Invoke(contact);
        var key = answer switch
        {
            ParentLinkAnswer.Queued => "Contacts.Telegram.SignInSent",
            ParentLinkAnswer.Limited => "Contacts.Telegram.SignInLimited",
            null => "Contacts.Telegram.SignInUnavailable",
            _ => "Contacts.Telegram.SignInNotLinked",
        };
        var language = contact is null ? Language.Ru : LanguageOf(contact);
        await bot.SendMessage(chat, Texts.Get(key, language), cancellationToken: cancellationToken).ConfigureAwait(false);
        return answer == ParentLinkAnswer.Queued ? 1 : 0;
    }

    private async Task<int> AcknowledgeAsync(TelegramBotClient bot, CallbackQuery query, long chat, string data, CancellationToken cancellationToken)
    {
        var ok = false;
        if (long.TryParse(data[TelegramChannel.AcknowledgePrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var messageId)
            && runtime.Outbox().FirstOrDefault(m => m.Id == messageId) is { } message
            && contacts.Of(runtime.SchoolId, message.RecipientKind, message.RecipientId)
                .Any(c => c.Channel == ContactChannel.Telegram && c.Address == chat.ToString(CultureInfo.InvariantCulture)))
        {
            // Only the chat the message went to may acknowledge it, in its recipient's name.
            ok = runtime.Acknowledge(messageId, message.RecipientId).Ok;
            await bot.AnswerCallbackQuery(query.Id, Texts.Get("Outbox.Telegram.Acknowledged", message.Language), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        else
        {
            await bot.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return ok ? 1 : 0;
    }

    private Language LanguageOf(Contact contact) =>
        runtime.Outbox().FirstOrDefault(m => m.RecipientKind == contact.PersonKind && m.RecipientId == contact.PersonId)?.Language ?? Language.Ru;
}
