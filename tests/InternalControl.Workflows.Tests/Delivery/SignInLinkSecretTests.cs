using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Testing.Databases;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Tests.Delivery;

/// <summary>
/// The outbox never holds a live sign-in link (issue 11), on SQLite and PostgreSQL: a link's text is kept with its token
/// masked (<see cref="SignInLinks.Mask"/>), the sender fills the token in, and once the message is sent, or the link has
/// expired, the token is gone: an expired link is not sent at all.
/// </summary>
public sealed class SignInLinkSecretTests
{
    private static readonly DateTimeOffset Noon = new(2026, 10, 1, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [ClassData(typeof(Backends))]
    public async Task DeliverAsync_ALinkWithItsTokenMasked_GoesWithTheToken_AndTheOutboxNeverShowsIt(Backend backend)
    {
        // Arrange
        using var f = new DeliveryFixture(Noon, backend);
        f.Contacts(new Contact(Contact.Parent, "MP1", ContactChannel.Sms, "+996700000000", 1));
        var id = SendMasked(f, "tok-123", Noon.AddMinutes(30));
        var kept = f.Runtime.Outbox().Single(m => m.Id == id).Text;
        var sms = ScriptedChannel.Working(ContactChannel.Sms);

        // Act
        await f.Deliver(DeliveryFixture.Options(), sms);

        // Assert: the parent got the live link; the outbox kept the mask before and after
        Assert.Equal("шилтеме https://s/signin/tok-123", Assert.Single(sms.Tries).Message.Text);
        Assert.Equal("шилтеме https://s/signin/" + SignInLinks.Mask, kept);
        var after = f.Runtime.Outbox().Single(m => m.Id == id);
        Assert.Equal(DeliveryState.Sent, after.State);
        Assert.DoesNotContain("tok-123", after.Text, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public async Task DeliverAsync_ALinkPastItsValidity_IsNotSent_AndFails(Backend backend)
    {
        // Arrange: the link is not delivered before its 30 minutes pass
        using var f = new DeliveryFixture(Noon, backend);
        var id = SendMasked(f, "tok-456", Noon.AddMinutes(30));
        f.Contacts(new Contact(Contact.Parent, "MP1", ContactChannel.Sms, "+996700000000", 1));
        f.Workflow.Clock.Advance(TimeSpan.FromMinutes(31));
        var sms = ScriptedChannel.Working(ContactChannel.Sms);

        // Act
        var report = await f.Deliver(DeliveryFixture.Options(), sms);

        // Assert
        Assert.Empty(sms.Tries);
        Assert.Equal(1, report.Failed);
        Assert.Equal(DeliveryState.Failed, f.Runtime.Outbox().Single(m => m.Id == id).State);
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public async Task DeliverAsync_ALinkSentOnce_IsNotSentAgainWithItsToken(Backend backend)
    {
        // Arrange: sent, then put back as if it had failed (the deputy director's "retry")
        using var f = new DeliveryFixture(Noon, backend);
        f.Contacts(new Contact(Contact.Parent, "MP1", ContactChannel.Sms, "+996700000000", 1));
        var id = SendMasked(f, "tok-789", Noon.AddDays(7));
        var refusing = ScriptedChannel.Refusing(ContactChannel.Sms);
        await f.Deliver(DeliveryFixture.Options(maxTries: 1), refusing);
        var sms = ScriptedChannel.Working(ContactChannel.Sms);

        // Act: the failed link is put back and tried again
        var retried = f.Runtime.RetryMessage(id);
        await f.Deliver(DeliveryFixture.Options(), sms);

        // Assert: the token went with the one try; once the message failed for good it was forgotten
        Assert.Contains("tok-789", Assert.Single(refusing.Tries).Message.Text, StringComparison.Ordinal);
        Assert.True(retried);
        Assert.Empty(sms.Tries);
        Assert.Equal(DeliveryState.Failed, f.Runtime.Outbox().Single(m => m.Id == id).State);
    }

    /// <summary>A link MP1 asked for, by SMS: its token masked in the text and kept as its secret until <paramref name="expires"/>.</summary>
    private static long SendMasked(DeliveryFixture f, string secret, DateTimeOffset expires) =>
        f.Runtime.SendSignInLink(new SignInLinkMessage(Contact.Parent, "MP1", Language.Ky, "шилтеме https://s/signin/" + SignInLinks.Mask, ContactChannel.Sms, Requested: true)
        {
            Secret = secret,
            Expires = expires,
        });
}
