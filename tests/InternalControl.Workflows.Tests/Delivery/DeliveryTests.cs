using System.Globalization;
using InternalControl.Storage.Contacts;
using InternalControl.Testing.Databases;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Tests.Delivery;

/// <summary>Messages go on the recipient's preferred channel, are retried with backoff, move to the next channel, and fail visibly, never silently.</summary>
public sealed class DeliveryTests
{
    private static readonly Contact TeacherEmail = new(Contact.Staff, Some.ClassTeacher, ContactChannel.Email, "t1@example.org", 1);
    private static readonly Contact MotherTelegram = new(Contact.Parent, "MP1", ContactChannel.Telegram, "555001", 1);
    private static readonly Contact MotherSms = new(Contact.Parent, "MP1", ContactChannel.Sms, "+996700000000", 2);
    private static readonly Contact FatherEmail = new(Contact.Parent, "FP1", ContactChannel.Email, "f1@example.org", 1);

    [Fact]
    public async Task DeliverAsync_PreferredChannelTakesIt_MarksSentOnThatChannel()
    {
        // Arrange
        using var f = new DeliveryFixture();
        f.Contacts(TeacherEmail, MotherSms, MotherTelegram, FatherEmail);
        f.Notify();
        var telegram = ScriptedChannel.Working(ContactChannel.Telegram);
        var sms = ScriptedChannel.Working(ContactChannel.Sms);
        var email = ScriptedChannel.Working(ContactChannel.Email);

        // Act
        var report = await f.Deliver(DeliveryFixture.Options(), telegram, sms, email);

        // Assert
        Assert.Equal(new DeliveryReport(3, 0, 0, 0), report);
        Assert.Equal("555001", Assert.Single(telegram.Tries).Contact.Address);
        Assert.Empty(sms.Tries);
        var mother = f.MessageTo("MP1");
        Assert.Equal(("telegram", 1, DeliveryState.Sent), (mother.Channel, mother.Tries, mother.State));
        Assert.NotNull(mother.SentAt);
    }

    [Fact]
    public async Task DeliverAsync_ChannelRefuses_RetriesAfterBackoffThenTakesNextChannel()
    {
        // Arrange
        using var f = new DeliveryFixture();
        f.Contacts(MotherTelegram, MotherSms);
        f.Notify();
        var telegram = ScriptedChannel.Refusing(ContactChannel.Telegram);
        var sms = ScriptedChannel.Working(ContactChannel.Sms);
        var options = DeliveryFixture.Options(maxTries: 2);

        // Act: the first try fails; at once nothing is due; after the backoff the second try fails; the next run takes SMS
        await f.Deliver(options, telegram, sms);
        var afterFirst = f.MessageTo("MP1");
        var tooEarly = await f.Deliver(options, telegram, sms);
        f.Workflow.Clock.Advance(TimeSpan.FromMinutes(1));
        await f.Deliver(options, telegram, sms);
        var afterSecond = f.MessageTo("MP1");
        await f.Deliver(options, telegram, sms);

        // Assert
        Assert.Equal(("telegram", 1, DeliveryState.Pending), (afterFirst.Channel, afterFirst.Tries, afterFirst.State));
        var wait = afterFirst.NextAttempt!.Value - f.Workflow.Clock.GetUtcNow().AddMinutes(-1);
        Assert.InRange(wait, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));
        Assert.Equal(0, tooEarly.Sent + tooEarly.Retrying + tooEarly.Failed);
        Assert.Equal(("sms", 0, DeliveryState.Pending), (afterSecond.Channel, afterSecond.Tries, afterSecond.State));
        Assert.Equal(2, telegram.Tries.Count);
        var sent = f.MessageTo("MP1");
        Assert.Equal(("sms", 1, DeliveryState.Sent), (sent.Channel, sent.Tries, sent.State));
    }

    [Fact]
    public async Task DeliverAsync_EveryChannelFails_MarksFailedAndKeepsMessage()
    {
        // Arrange
        using var f = new DeliveryFixture();
        f.Contacts(MotherTelegram, MotherSms);
        f.Notify();
        var options = DeliveryFixture.Options(maxTries: 1);
        var telegram = ScriptedChannel.Refusing(ContactChannel.Telegram);
        var sms = ScriptedChannel.Refusing(ContactChannel.Sms);

        // Act
        await f.Deliver(options, telegram, sms);
        var last = await f.Deliver(options, telegram, sms);

        // Assert
        Assert.Equal(1, last.Failed);
        var message = f.MessageTo("MP1");
        Assert.Equal(("sms", DeliveryState.Failed), (message.Channel, message.State));
        Assert.Contains(f.Runtime.FailedMessages(), m => m.Id == message.Id);
        Assert.Equal(0, (await f.Deliver(options, telegram, sms)).Failed);
    }

    [Fact]
    public async Task RetryMessage_FailedMessage_GoesAgainFromFirstChannel()
    {
        // Arrange
        using var f = new DeliveryFixture();
        f.Contacts(MotherTelegram);
        f.Notify();
        var options = DeliveryFixture.Options(maxTries: 1);
        await f.Deliver(options, ScriptedChannel.Refusing(ContactChannel.Telegram));
        var failed = f.MessageTo("MP1");
        var telegram = ScriptedChannel.Working(ContactChannel.Telegram);

        // Act
        var retried = f.Runtime.RetryMessage(failed.Id);
        var again = f.Runtime.RetryMessage(failed.Id);
        await f.Deliver(options, telegram);

        // Assert
        Assert.Equal(DeliveryState.Failed, failed.State);
        Assert.True(retried);
        Assert.False(again);
        Assert.Equal(DeliveryState.Sent, f.MessageTo("MP1").State);
        Assert.Equal(failed.IdempotencyKey, Assert.Single(telegram.Tries).IdempotencyKey);
    }

    [Fact]
    public async Task DeliverAsync_RecipientWithoutContacts_FailsVisibly()
    {
        // Arrange
        using var f = new DeliveryFixture();
        f.Contacts(TeacherEmail);
        f.Notify();

        // Act
        var report = await f.Deliver(DeliveryFixture.Options(), ScriptedChannel.Working(ContactChannel.Email));

        // Assert: the parents have no contacts, the teacher's e-mail goes
        Assert.Equal(new DeliveryReport(1, 0, 2, 0), report);
        Assert.Equal(["FP1", "MP1"], f.Runtime.FailedMessages().Select(m => m.RecipientId).Order());
    }

    [Fact]
    public async Task DeliverAsync_ChannelHostDoesNotOffer_UsesNextPreference()
    {
        // Arrange: the mother prefers Telegram, but this school has no bot configured
        using var f = new DeliveryFixture();
        f.Contacts(MotherTelegram, MotherSms);
        f.Notify();
        var sms = ScriptedChannel.Working(ContactChannel.Sms);

        // Act
        await f.Deliver(DeliveryFixture.Options(), sms);

        // Assert
        Assert.Equal("MP1", Assert.Single(sms.Tries).Message.RecipientId);
    }

    [Fact]
    public void IdempotencyKey_ReadTwice_IsStableAndPerMessage()
    {
        // Arrange
        using var f = new DeliveryFixture();
        f.Notify();

        // Act
        var first = f.Runtime.Outbox().Select(m => m.IdempotencyKey).ToList();
        var second = f.Runtime.Outbox().Select(m => m.IdempotencyKey).ToList();

        // Assert
        Assert.Equal(first, second);
        Assert.Equal(3, first.Distinct().Count());
        Assert.All(first, key => Assert.Matches("^ic[0-9a-f]{32}$", key));
    }

    [Fact]
    public void Backoff_SameSeed_SameDelaysDoublingWithinJitter()
    {
        // Arrange
        var a = DeliveryFixture.Options(seed: 1);
        var b = DeliveryFixture.Options(seed: 1);

        // Act
        var delays = Enumerable.Range(1, 8).Select(a.Backoff).ToList();

        // Assert: half to all of 1, 2, 4, ... minutes, capped at an hour
        Assert.Equal(delays, Enumerable.Range(1, 8).Select(b.Backoff));
        for (var tries = 1; tries <= 8; tries++)
        {
            var full = TimeSpan.FromMinutes(Math.Min(Math.Pow(2, tries - 1), 60));
            Assert.InRange(delays[tries - 1], full / 2, full);
        }
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public async Task DeliverAsync_ChannelsMinuteUsedUp_RestWaitForTheNextMinute(Backend backend)
    {
        // Arrange: a provider that takes two e-mails a minute, three e-mails to send.
        using var f = new DeliveryFixture(backend: backend);
        var (email, options) = ThreeEmailsTwoAMinute(f);

        // Act
        var first = await f.Deliver(options, email);
        f.Workflow.Clock.Advance(TimeSpan.FromSeconds(30));
        var sameMinute = await f.Deliver(options, email);
        f.Workflow.Clock.Advance(TimeSpan.FromSeconds(30));
        var nextMinute = await f.Deliver(options, email);

        // Assert
        Assert.Equal((2, 1), (first.Sent, first.Held));
        Assert.Equal((0, 0), (sameMinute.Sent, sameMinute.Held));
        Assert.Equal((1, 0), (nextMinute.Sent, nextMinute.Held));
        using var connection = f.Workflow.Database.OpenConnection();
        var minutes = SqlRows.Read(connection, "SELECT window_start, used FROM wf_channel_windows");
        Assert.Equal(1L, Convert.ToInt64(Assert.Single(minutes)[1], CultureInfo.InvariantCulture));
    }

    [Theory]
    [ClassData(typeof(Backends))]
    public async Task DeliverAsync_TwoWorkersInOneMinute_ShareTheProvidersLimit(Backend backend)
    {
        // Arrange: two workers (two runtimes on one database) and a provider that takes two e-mails a minute.
        using var f = new DeliveryFixture(backend: backend);
        var (email, options) = ThreeEmailsTwoAMinute(f);
        var other = f.Workflow.Runtime(f.Definition);

        // Act: the first worker takes the minute's two tries; a new notice's e-mail to the class teacher then waits
        // at the second worker too.
        var first = await f.Deliver(options, email);
        f.Notify(pupil: 2);
        var second = await other.DeliverAsync([email], options);
        f.Workflow.Clock.Advance(TimeSpan.FromMinutes(1));
        var nextMinute = await other.DeliverAsync([email], options);

        // Assert
        Assert.Equal(2, first.Sent);
        Assert.Equal((0, 1), (second.Sent, second.Held));
        Assert.Equal(2, nextMinute.Sent);
        Assert.Equal(4, email.Tries.Count);
    }

    /// <summary>Three e-mails to send (the class teacher's, the father's, the mother's) and a provider that takes two a minute: the channel and the options.</summary>
    private static (ScriptedChannel Email, DeliveryOptions Options) ThreeEmailsTwoAMinute(DeliveryFixture f)
    {
        f.Contacts(TeacherEmail, FatherEmail, new Contact(Contact.Parent, "MP1", ContactChannel.Email, "m1@example.org", 1));
        f.Notify();
        var options = DeliveryFixture.Options() with { RateLimits = new Dictionary<ContactChannel, int> { [ContactChannel.Email] = 2 } };
        return (ScriptedChannel.Working(ContactChannel.Email), options);
    }
}
