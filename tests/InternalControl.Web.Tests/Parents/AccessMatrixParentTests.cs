using System.Net;
using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Outbox;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Web.Tests.Parents;

/// <summary>
/// The access matrix's rows for a parent's messages (issue 11, "what the school asks of them"): a parent sees the
/// messages the school sent them, newest first, and acknowledges them as the Telegram button does; another parent's
/// message, and the handler for anyone but its parent, answer 404.
/// </summary>
public sealed class AccessMatrixParentTests : IDisposable
{
    private readonly WebSchool school = new();

    public void Dispose() => school.Dispose();

    [Fact]
    public async Task ParentPage_SmallCouncilInvitation_IsListedInTheParentsLanguage_NewestFirst()
    {
        // Arrange: 6.2 "systematically" unexcused absences: the small pedagogical council, the parent invited (9.4).
        var (parent, caseId) = Invite();
        var invitation = Messages(parent.Id).First(m => m.CaseId == caseId);
        var browser = await school.SignedIn(PersonKind.Parent, parent.Id);

        // Act
        var page = await browser.Get("/");

        // Assert
        Assert.Equal(parent.Language, invitation.Language);
        Assert.Equal("SmallCouncil.Invitation", invitation.Template);
        Assert.Contains(WebUtility.HtmlEncode(Texts.Get("Web.Parent.Messages", Language.Ky)), page.Html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(invitation.Text), page.Html, StringComparison.Ordinal);
        var ids = Messages(parent.Id).Select(m => m.Id).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.True(page.Html.IndexOf($"id=\"message-{ids[0]}\"", StringComparison.Ordinal) < page.Html.IndexOf($"id=\"message-{ids[^1]}\"", StringComparison.Ordinal) || ids.Count == 1);
    }

    [Fact]
    public async Task ParentPage_IHaveReadIt_WritesTheAcknowledgementIntoTheCaseJournal_Once()
    {
        var (parent, caseId) = Invite();
        var invitation = Messages(parent.Id).First(m => m.CaseId == caseId);
        var browser = await school.SignedIn(PersonKind.Parent, parent.Id);

        var first = await browser.Post("/?handler=Read", [new("id", invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], tokenFrom: "/");
        var second = await browser.Post("/?handler=Read", [new("id", invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], tokenFrom: "/");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Contains(WebUtility.HtmlEncode(Texts.Get("Web.Parent.ReadDone", Language.Ky)), first.Html, StringComparison.Ordinal);
        using var session = school.Open();
        var acknowledged = session.Runtime.Journal(caseId).Where(e => e.Kind == JournalKind.Acknowledged).ToList();
        var entry = Assert.Single(acknowledged);
        Assert.Equal((parent.Id, invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.Actor, entry.Detail));
    }

    [Fact]
    public async Task ParentPage_AnotherParentsMessage_IsNotShown_AndReadingIt_AnswersNotFound_AndWritesNothing()
    {
        var (parent, caseId) = Invite();
        var invitation = Messages(parent.Id).First(m => m.CaseId == caseId);
        var other = school.Data.Parents.First(p => p.Id != parent.Id && p.PupilId != parent.PupilId);
        var browser = await school.SignedIn(PersonKind.Parent, other.Id);

        var page = await browser.Get("/");
        var read = await browser.Post("/?handler=Read", [new("id", invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], tokenFrom: "/");

        Assert.DoesNotContain(WebUtility.HtmlEncode(invitation.Text), page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, read.Status);
        using var session = school.Open();
        Assert.DoesNotContain(session.Runtime.Journal(caseId), e => e.Kind == JournalKind.Acknowledged);
    }

    [Theory]
    [InlineData(StaffRole.ClassTeacher)]
    [InlineData(StaffRole.DeputyDirector)]
    public async Task ParentPage_StaffReadingAParentsMessage_AnswersNotFound(StaffRole role)
    {
        var (parent, caseId) = Invite();
        var invitation = Messages(parent.Id).First(m => m.CaseId == caseId);
        var browser = await school.Staff(school.First(role).Id);

        var read = await browser.Post("/?handler=Read", [new("id", invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], tokenFrom: "/");

        Assert.Equal(HttpStatusCode.NotFound, read.Status);
    }

    [Fact]
    public async Task ParentPage_AnUnknownMessageId_AnswersNotFound()
    {
        var parent = school.Data.Parents[0];
        var browser = await school.SignedIn(PersonKind.Parent, parent.Id);

        var read = await browser.Post("/?handler=Read", [new("id", "999999")], tokenFrom: "/");

        Assert.Equal(HttpStatusCode.NotFound, read.Status);
    }

    [Fact]
    public async Task ParentPage_TheirOwnSignInLinks_AreNotListed()
    {
        var contact = school.Workspace.Database.Contacts.OfKind(school.Workspace.School.Id, Contact.Parent).First(c => c.Channel == ContactChannel.Email);
        await school.Browser().Post("/signin?handler=ParentLink", [new("ParentAddress", contact.Address)], tokenFrom: "/signin");
        var browser = await school.SignedIn(PersonKind.Parent, contact.PersonId);

        var page = await browser.Get("/");

        Assert.DoesNotContain("/signin/", page.Html, StringComparison.Ordinal);
    }

    /// <summary>Starts the small council of the first pupil whose parent has a channel; the parent and the case.</summary>
    private (Parent Parent, long CaseId) Invite()
    {
        var reachable = school.Workspace.Database.Contacts.OfKind(school.Workspace.School.Id, Contact.Parent).Select(c => c.PersonId).ToHashSet();
        var parent = school.Data.Parents.First(p => reachable.Contains(p.Id) && school.Data.Parents.Count(x => x.PupilId == p.PupilId) == 1);
        using var session = school.Open();
        var started = session.Runtime.Start("small-pedagogical-council", new CaseContext(parent.PupilId, null, null), "test");
        Assert.Null(started.Error);
        return (parent, started.CaseId);
    }

    private IReadOnlyList<OutboxMessage> Messages(string parentId)
    {
        using var session = school.Open();
        return [.. session.Runtime.MessagesTo(Contact.Parent, parentId).Select(m => m.Message)];
    }
}
