using System.Net;
using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Web.Tests.Parents;

/// <summary>
/// The parent's page lists what the school asks of them (issue 11), not every message it sent: in the shipped Kyrgyz
/// policy (No. 97) the small council's invitation (6.2, 9.4: the parent is called and must come, 8.1) is a step marked
/// <c>ask</c>; the 5.7 message that a pupil's work has started reaches the parent by their channel only.
/// </summary>
public sealed class ParentPageAsksTests : IDisposable
{
    private readonly WebSchool school = new();

    public void Dispose() => school.Dispose();

    [Fact]
    public async Task ParentPage_ListsTheCouncilInvitation_NotThe5_7Notice()
    {
        // Arrange: a parent the night's evaluation sent a 5.7 message (a low-achiever case of their child), then the
        // small council's invitation.
        var received = school.Data.Parents.Select(p => (Parent: p, Messages: MessagesTo(p.Id)))
            .First(p => p.Messages.Any(m => m.Message.Template == "LowAchiever.Started"));
        var parent = received.Parent;
        var started = received.Messages.First(m => m.Message.Template == "LowAchiever.Started");
        using (var session = school.Open())
        {
            Assert.True(session.Runtime.Start("small-pedagogical-council", new CaseContext(parent.PupilId, null, null), "test").Ok);
        }

        var invitation = MessagesTo(parent.Id).First(m => m.Message.Template == "SmallCouncil.Invitation");
        var browser = await school.SignedIn(PersonKind.Parent, parent.Id);

        // Act
        var page = await browser.Get("/");

        // Assert
        Assert.Equal((false, true), (started.Asks, invitation.Asks));
        Assert.Contains($"id=\"message-{invitation.Message.Id}\"", page.Html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(invitation.Message.Text), page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"message-{started.Message.Id}\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(WebUtility.HtmlEncode(started.Message.Text), page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParentPage_OnlyMessagesThatAskNothing_SaysTheSchoolAsksNothing()
    {
        // Arrange: a parent with messages, none of which asks anything (the page is in the Kyrgyz school's language).
        var parent = school.Data.Parents.First(p => MessagesTo(p.Id) is { Count: > 0 } messages && messages.All(m => !m.Asks));
        var browser = await school.SignedIn(PersonKind.Parent, parent.Id);

        // Act
        var page = await browser.Get("/");

        // Assert
        Assert.Contains(WebUtility.HtmlEncode(Texts.Get("Web.Parent.NoMessages", Language.Ky)), page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"message-", page.Html, StringComparison.Ordinal);
    }

    private IReadOnlyList<ReceivedMessage> MessagesTo(string parentId)
    {
        using var session = school.Open();
        return session.Runtime.MessagesTo(Contact.Parent, parentId);
    }
}
