using InternalControl.Localization;
using InternalControl.Storage.Contacts;

namespace InternalControl.Workflows.Outbox;

/// <summary>
/// A one-time sign-in link for one person, already rendered in their <paramref name="Language"/>.
/// <paramref name="Channel"/>, when given, is the channel the message starts on (the address the person typed);
/// otherwise their first channel. <paramref name="Requested"/>: the person asked for it now (see <see cref="SignInLinks"/>).
/// </summary>
public sealed record SignInLinkMessage(string RecipientKind, string RecipientId, Language Language, string Text, ContactChannel? Channel, bool Requested)
{
    /// <summary>The message's template: <see cref="SignInLinks.Requested"/> or <see cref="SignInLinks.Sent"/>.</summary>
    public string Template => Requested ? SignInLinks.Requested : SignInLinks.Sent;

    /// <summary>
    /// The link's token, when <see cref="Text"/> holds <see cref="SignInLinks.Mask"/> in its place: kept apart from the
    /// outbox until the message is sent or <see cref="Expires"/>, and filled in by the sender.
    /// </summary>
    public string? Secret { get; init; }

    /// <summary>Until when the link is valid (its token is forgotten then, sent or not).</summary>
    public DateTimeOffset Expires { get; init; } = DateTimeOffset.MaxValue;

    /// <summary>The person and channel; never the text, which holds the link.</summary>
    public override string ToString() => $"{RecipientKind}:{RecipientId} {Channel?.Code() ?? "-"} {Template}";
}
