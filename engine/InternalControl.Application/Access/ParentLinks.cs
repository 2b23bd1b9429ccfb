using InternalControl.Application.Cases;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Application.Access;

/// <summary>
/// Parents sign in by one-time links sent through their own notification channel (issue 11): a parent types the phone
/// number or e-mail address the school has for them, and a link goes out on that channel; or the deputy director sends
/// every parent of a class their link. The link carries only its token; its message names no pupil and is in the
/// parent's language. A parent gets at most <see cref="ParentLinkOptions.PerHour"/> links an hour. Every request is
/// audited with the parent's id (an opaque id), never the address typed.
/// </summary>
public sealed class ParentLinks(SchoolSession session, AccessStore access, ParentLinkOptions options)
{
    private const string Anonymous = "anonymous";

    /// <summary>
    /// A parent's request from the sign-in page: when <paramref name="typed"/> is a parent's address, a link valid for
    /// <see cref="ParentLinkOptions.Validity"/> under <paramref name="site"/> goes into the outbox on that channel, to go
    /// out at once (quiet hours do not hold it: the parent is waiting for it).
    /// </summary>
    public ParentLinkAnswer Request(string? typed, Uri site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (ContactAddress.Parse(typed) is not { } address)
        {
            access.Audit(Anonymous, "parentlink.invalid", null);
            return ParentLinkAnswer.Invalid;
        }

        var contact = session.Workspace.Database.Contacts.OfKind(session.Workspace.School.Id, Contact.Parent)
            .FirstOrDefault(c => ContactAddress.Of(c) == address);
        if (contact is null || Parent(contact.PersonId) is not { } language)
        {
            // The same read as a parent's request makes (their count of the hour), so that the work done does not tell
            // a stranger's address from a parent's either; the web page also answers no sooner than a set time.
            _ = access.LinksIssuedWithin(PersonKind.Parent, Anonymous, TimeSpan.FromHours(1));
            access.Audit(Anonymous, "parentlink.unknown", null);
            return ParentLinkAnswer.Unknown;
        }

        return Requested(contact, language, site);
    }

    /// <summary>
    /// A parent's request from their own Telegram chat (the bot's <c>/signin</c>, <see cref="Delivery.TelegramUpdates"/>):
    /// <paramref name="contact"/> is the chat the school has for them, so the link goes back to that chat, valid and
    /// counted as a request from the sign-in page. A contact that is not a parent's of this school is
    /// <see cref="ParentLinkAnswer.Unknown"/>.
    /// </summary>
    public ParentLinkAnswer RequestFromChat(Contact contact, Uri site)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(site);
        if (contact.PersonKind != Contact.Parent || Parent(contact.PersonId) is not { } language)
        {
            access.Audit(Anonymous, "parentlink.unknown", null);
            return ParentLinkAnswer.Unknown;
        }

        return Requested(contact, language, site);
    }

    /// <summary>
    /// The deputy director's "send the parents of this class their links": one link (valid as long as a staff invitation)
    /// per parent of the class's pupils who has a channel, on their first channel, as any message to a parent (quiet
    /// hours hold an SMS or Telegram message until morning). Null when the school has no such class; otherwise how many
    /// parents were sent a link and how many have no channel (or had their hourly links already).
    /// </summary>
    public (int Sent, int Unreachable)? SendToClass(string classId, Uri site, string actor)
    {
        ArgumentNullException.ThrowIfNull(site);
        var data = session.Data;
        if (data.FindClass(classId) is null)
        {
            return null;
        }

        var pupils = data.Pupils.Where(p => p.ClassId == classId).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var parents = data.Parents.Where(p => pupils.Contains(p.PupilId)).DistinctBy(p => p.Id).ToList();
        var reachable = session.Workspace.Database.Contacts.OfKind(session.Workspace.School.Id, Contact.Parent)
            .Select(c => c.PersonId).ToHashSet(StringComparer.Ordinal);
        int sent = 0, unreachable = 0;
        foreach (var parent in parents)
        {
            if (!reachable.Contains(parent.Id) || access.LinksIssuedWithin(PersonKind.Parent, parent.Id, TimeSpan.FromHours(1)) >= options.PerHour)
            {
                unreachable++;
                continue;
            }

            Send(parent.Id, parent.Language, null, requested: false, AccessStore.InvitationLength, site, actor);
            sent++;
        }

        return (sent, unreachable);
    }

    /// <summary>A known parent's request: a link on the channel asked from, unless they have had their links of the hour.</summary>
    private ParentLinkAnswer Requested(Contact contact, Language language, Uri site)
    {
        if (access.LinksIssuedWithin(PersonKind.Parent, contact.PersonId, TimeSpan.FromHours(1)) >= options.PerHour)
        {
            access.Audit(Anonymous, "parentlink.limited", contact.PersonId);
            return ParentLinkAnswer.Limited;
        }

        Send(contact.PersonId, language, contact.Channel, requested: true, options.Validity, site, Anonymous);
        return ParentLinkAnswer.Queued;
    }

    private Language? Parent(string id) => session.Data.FindParent(id)?.Language;

    private void Send(string parentId, Language language, ContactChannel? channel, bool requested, TimeSpan validity, Uri site, string actor)
    {
        var token = access.IssueLink(PersonKind.Parent, parentId, validity, actor);
        // The outbox keeps the text with the token masked; the sender fills it in (workflows/README.md, "Sign-in links").
        var link = new Uri(site, "/signin/").AbsoluteUri + SignInLinks.Mask;
        var text = Texts.Get("Outbox.SignInLink.Text", language, link);
        session.Runtime.SendSignInLink(new SignInLinkMessage(Contact.Parent, parentId, language, text, channel, requested)
        {
            Secret = token,
            Expires = session.Workspace.Clock.GetUtcNow() + validity,
        });
        access.Audit(actor, requested ? "parentlink.requested" : "parentlink.sent", parentId);
    }
}
