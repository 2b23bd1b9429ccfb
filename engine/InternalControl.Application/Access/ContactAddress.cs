using System.Text;
using InternalControl.Kernel.Text;
using InternalControl.Storage.Contacts;

namespace InternalControl.Application.Access;

/// <summary>
/// An address as a parent types it, brought to the form it is compared in: an e-mail address trimmed and in lower case;
/// a phone number as its digits, with the domestic forms of Kazakhstan (8 7XX...) and Kyrgyzstan (0 XXX...) written
/// internationally (7 7XX..., 996 XXX...), so "+996 705 117 893", "0705117893" and "996-705-117-893" are one number.
/// </summary>
internal readonly record struct ContactAddress(ContactChannel Channel, string Value)
{
    /// <summary>The typed text as an address, or null when it is neither an e-mail address nor a phone number.</summary>
    public static ContactAddress? Parse(string? typed)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length is 0 or > TextLimits.Address)
        {
            return null;
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            return text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < text.Length - 1 && !text.Any(char.IsWhiteSpace)
                ? new ContactAddress(ContactChannel.Email, text.ToLowerInvariant())
                : null;
        }

        if (text.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+' or '.')))
        {
            return null;
        }

        var digits = Digits(text);
        return digits.Length is >= 9 and <= 15 ? new ContactAddress(ContactChannel.Sms, digits) : null;
    }

    /// <summary>A stored contact in the same form, or null for a channel no one types (a Telegram chat).</summary>
    public static ContactAddress? Of(Contact contact) => contact.Channel switch
    {
        ContactChannel.Email => new ContactAddress(ContactChannel.Email, contact.Address.Trim().ToLowerInvariant()),
        ContactChannel.Sms => new ContactAddress(ContactChannel.Sms, Digits(contact.Address)),
        _ => null,
    };

    /// <summary>The address's channel and length; never the address.</summary>
    public override string ToString() => $"{Channel} ({Value.Length})";

    private static string Digits(string phone)
    {
        var digits = new StringBuilder();
        foreach (var c in phone.Where(char.IsAsciiDigit))
        {
            digits.Append(c);
        }

        var text = digits.ToString();
        return text switch
        {
            { Length: 11 } when text[0] == '8' => "7" + text[1..],
            { Length: 10 } when text[0] == '0' => "996" + text[1..],
            _ => text,
        };
    }
}
