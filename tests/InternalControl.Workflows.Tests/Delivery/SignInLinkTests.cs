using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Testing.Databases;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Tests.Delivery;

/// <summary>
/// One-time sign-in links in the outbox (issue 11), on SQLite and PostgreSQL: a link a parent asked for goes on the
/// channel they typed, at once at night and ahead of older messages; one the school sent unasked waits for the quiet
/// hours; neither is among the messages a parent's page lists, which are newest first and read once acknowledged.
/// </summary>
public sealed class SignInLinkTests
{
    // Bishkek is UTC+6: 15:30 UTC is 21:30 at school.
    private static readonly DateTimeOffset Night = new(2026, 10, 1, 15, 30, 0, TimeSpan.Zero);
    private static readonly QuietHours Day = new(new TimeOnly(8, 0), new TimeOnly(20, 0), TimeZoneInfo.CreateCustomTimeZone("school", TimeSpan.FromHours(6), "school", "school"));

    [Theory]
    [ClassData(typeof(Backends))]
    public async Task DeliverAsync_AtNight_TheLinkAParentAskedForGoesFirstOnItsChannel_TheUnaskedOneAndTheNoticeWait(Backend backend)
    {
        // Arrange: the mother's SMS is her first channel, her e-mail her second; she types her phone
        using var f = new DeliveryFixture(Night, backend);
        f.Contacts(new Contact(Contact.Parent, "MP1", ContactChannel.Sms, "+996700000000", 1), new Contact(Contact.Parent, "MP1", ContactChannel.Email, "m1@example.org", 2));
        f.Notify();
        var unasked = f.Runtime.SendSignInLink(new SignInLinkMessage(Contact.Parent, "MP1", Language.Ky, "шилтеме https://s/signin/b", null, Requested: false));
        var asked = f.Runtime.SendSignInLink(new SignInLinkMessage(Contact.Parent, "MP1", Language.Ky, "шилтеме https://s/signin/a", ContactChannel.Sms, Requested: true));
        var sms = ScriptedChannel.Working(ContactChannel.Sms);
        var email = ScriptedChannel.Working(ContactChannel.Email);

        // Act
        await f.Deliver(DeliveryFixture.Options(quiet: Day), sms, email);

        // Assert
        var outbox = f.Runtime.Outbox().ToDictionary(m => m.Id);
        Assert.Equal(asked, sms.Tries[0].Message.Id);
        Assert.Equal((DeliveryState.Sent, "sms"), (outbox[asked].State, outbox[asked].Channel));
        Assert.Equal(DeliveryState.Pending, outbox[unasked].State);
        Assert.Equal(DeliveryState.Pending, f.Runtime.Outbox().Single(m => m.RecipientId == "MP1" && !m.CarriesSignInLink).State);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public void MessagesTo_LeavesOutLinks_NewestFirst_AndAnAcknowledgedOneIsRead(Backend backend)
    {
        // Arrange
        using var f = new DeliveryFixture(backend: backend);
        f.Notify(1);
        f.Workflow.Clock.Advance(TimeSpan.FromMinutes(5));
        f.Runtime.Start("notice", WorkflowFixture.Pupil(1, "2026-2027/2"), "test");
        f.Runtime.SendSignInLink(new SignInLinkMessage(Contact.Parent, "MP1", Language.Ky, "шилтеме", null, Requested: true));
        var before = f.Runtime.MessagesTo(Contact.Parent, "MP1");

        // Act
        var acknowledged = f.Runtime.Acknowledge(before[1].Message.Id, "MP1");
        var after = f.Runtime.MessagesTo(Contact.Parent, "MP1");

        // Assert
        Assert.True(acknowledged.Ok);
        Assert.Equal(2, before.Count);
        Assert.True(before[0].Message.Id > before[1].Message.Id);
        Assert.All(before, m => Assert.False(m.Read || m.Message.CarriesSignInLink));
        Assert.Equal((false, true), (after[0].Read, after[1].Read));
        Assert.Empty(f.Runtime.MessagesTo(Contact.Parent, "nobody"));
    }
}
