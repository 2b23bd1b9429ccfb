namespace InternalControl.Application.Delivery;

/// <summary>
/// The school's Telegram bot (configuration section <c>Outbox:Telegram</c>): its token (a secret: <see cref="ToString"/>
/// leaves it out and nothing logs it) and, for tests or a proxy, the Bot API's address.
/// </summary>
public sealed class TelegramSettings
{
    /// <summary>The bot's token from BotFather (required).</summary>
    public required string Token { get; init; }

    /// <summary>The Bot API's address; Telegram's own when null.</summary>
    public Uri? ApiUrl { get; init; }

    /// <summary>How long a call to the Bot API may take before it counts as a failed try (30 seconds).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>No token.</summary>
    public override string ToString() => "telegram bot";
}
