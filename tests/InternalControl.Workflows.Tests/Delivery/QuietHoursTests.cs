using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Tests.Delivery;

/// <summary>Parents get no SMS or messenger message outside school-local hours; staff and e-mail go at any hour.</summary>
public sealed class QuietHoursTests
{
    // Bishkek is UTC+6: 15:30 UTC is 21:30 at school.
    private static readonly TimeZoneInfo Bishkek = TimeZoneInfo.CreateCustomTimeZone("school", TimeSpan.FromHours(6), "school", "school");
    private static readonly QuietHours Day = new(new TimeOnly(8, 0), new TimeOnly(20, 0), Bishkek);

    [Fact]
    public async Task DeliverAsync_ParentSmsAtNight_HeldUntilMorningThenSent()
    {
        // Arrange
        using var f = new DeliveryFixture(new DateTimeOffset(2026, 10, 1, 15, 30, 0, TimeSpan.Zero));
        f.Contacts(
            new Contact(Contact.Parent, "MP1", ContactChannel.Sms, "+996700000000", 1),
            new Contact(Contact.Staff, Some.ClassTeacher, ContactChannel.Sms, "+996700000001", 1));
        f.Notify();
        var sms = ScriptedChannel.Working(ContactChannel.Sms);
        var options = DeliveryFixture.Options(quiet: Day);

        // Act
        var night = await f.Deliver(options, sms);
        var held = f.MessageTo("MP1");
        f.Workflow.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 2, 2, 0, 0, TimeSpan.Zero)); // 08:00 at school
        var morning = await f.Deliver(options, sms);

        // Assert
        Assert.Equal((1, 1), (night.Sent, night.Held));
        Assert.Equal(Some.ClassTeacher, sms.Tries[0].Message.RecipientId);
        Assert.Equal(new DateTimeOffset(2026, 10, 2, 2, 0, 0, TimeSpan.Zero), held.NextAttempt);
        Assert.Equal((DeliveryState.Pending, 0), (held.State, held.Tries));
        Assert.Equal(1, morning.Sent);
        Assert.Equal(DeliveryState.Sent, f.MessageTo("MP1").State);
    }

    [Fact]
    public async Task DeliverAsync_ParentEmailAtNight_GoesAtOnce()
    {
        // Arrange
        using var f = new DeliveryFixture(new DateTimeOffset(2026, 10, 1, 23, 0, 0, TimeSpan.Zero));
        f.Contacts(new Contact(Contact.Parent, "FP1", ContactChannel.Email, "f1@example.org", 1));
        f.Notify();

        // Act
        var report = await f.Deliver(DeliveryFixture.Options(quiet: Day), ScriptedChannel.Working(ContactChannel.Email));

        // Assert
        Assert.Equal(1, report.Sent);
    }

    [Theory]
    [InlineData(1, 59, 1, 2, 0)] // 07:59 at school: today at 08:00
    [InlineData(2, 0, null, 0, 0)] // 08:00: allowed
    [InlineData(13, 59, null, 0, 0)] // 19:59: allowed
    [InlineData(14, 0, 2, 2, 0)] // 20:00: tomorrow at 08:00
    public void Until_SchoolLocalTime_NextMorningOrNull(int utcHour, int utcMinute, int? day, int hour, int minute)
    {
        // Arrange
        var now = new DateTimeOffset(2026, 10, 1, utcHour, utcMinute, 0, TimeSpan.Zero);

        // Act
        var until = Day.Until(now);

        // Assert
        Assert.Equal(day is null ? null : new DateTimeOffset(2026, 10, day.Value, hour, minute, 0, TimeSpan.Zero), until?.ToUniversalTime());
    }
}
