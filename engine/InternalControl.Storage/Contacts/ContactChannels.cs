namespace InternalControl.Storage.Contacts;

/// <summary>The codes of the channels as files, tables and configuration write them: <c>email</c>, <c>telegram</c>, <c>sms</c>.</summary>
public static class ContactChannels
{
    /// <summary>Every channel, in the order of their codes.</summary>
    public static IReadOnlyList<ContactChannel> All { get; } = [ContactChannel.Email, ContactChannel.Telegram, ContactChannel.Sms];

    /// <summary>The channel's code.</summary>
    public static string Code(this ContactChannel channel) => channel switch
    {
        ContactChannel.Email => "email",
        ContactChannel.Telegram => "telegram",
        ContactChannel.Sms => "sms",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>Reads a code (any case, surrounding spaces ignored).</summary>
    public static bool TryParse(string? code, out ContactChannel channel)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(code?.Trim(), candidate.Code(), StringComparison.OrdinalIgnoreCase))
            {
                channel = candidate;
                return true;
            }
        }

        channel = default;
        return false;
    }
}
