using InternalControl.Storage.Contacts;

namespace InternalControl.Application.Delivery;

/// <summary>
/// What a person asks to change in their own channels (the web application's contacts page): an e-mail address and a
/// phone for SMS (empty: the channel is not used), and the order of each channel, Telegram's included when it is linked.
/// </summary>
public sealed record ContactEdit(string? Email, int? EmailOrder, string? Phone, int? PhoneOrder, int? TelegramOrder);
