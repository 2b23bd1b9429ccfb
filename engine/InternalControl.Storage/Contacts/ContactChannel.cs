namespace InternalControl.Storage.Contacts;

/// <summary>A way a message reaches a person.</summary>
public enum ContactChannel
{
    /// <summary>E-mail over SMTP; the address is an e-mail address.</summary>
    Email,

    /// <summary>A Telegram chat with the school's bot; the address is the chat id, set when the person links their chat.</summary>
    Telegram,

    /// <summary>SMS through the school's HTTP gateway; the address is a phone number.</summary>
    Sms,
}
