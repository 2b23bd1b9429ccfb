namespace InternalControl.Application.Access;

/// <summary>
/// What became of a parent's request for a link. The sign-in page shows the same answer for all of them, so that nobody
/// learns whether an address is a parent's; they are for the audit trail and the tests.
/// </summary>
public enum ParentLinkAnswer
{
    /// <summary>The address is a parent's: a link is in the outbox on that channel.</summary>
    Queued,

    /// <summary>No parent of the school has this address: nothing is sent.</summary>
    Unknown,

    /// <summary>The parent has had <see cref="ParentLinkOptions.PerHour"/> links in the last hour: nothing is sent.</summary>
    Limited,

    /// <summary>The text is neither an e-mail address nor a phone number: nothing is sent.</summary>
    Invalid,
}
