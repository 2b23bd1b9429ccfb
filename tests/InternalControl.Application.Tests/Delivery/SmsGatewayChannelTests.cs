using System.Diagnostics;
using System.Text.Json;
using InternalControl.Application.Delivery;
using InternalControl.Application.Tests.Clauses;
using InternalControl.Storage.Contacts;
using InternalControl.Testing;
using InternalControl.Workflows.Outbox;
using WireMock.ResponseBuilders;

namespace InternalControl.Application.Tests.Delivery;

/// <summary>SMS through an HTTP gateway played by WireMock.Net on loopback: the template, the client reference, retries and the next channel.</summary>
public sealed class SmsGatewayChannelTests : IDisposable
{
    private readonly LoopbackGateway _gateway = new();

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task DeliverAsync_GatewayTakesIt_PostsTemplateWithReferenceAndNoContent()
    {
        // Arrange: 5.7 informs g1 (Kyrgyz) by SMS
        using var school = SchoolWithSms();
        _gateway.Answer(200);
        using var sms = Channel(TimeSpan.FromSeconds(5));
        var message = Assert.Single(school.MessagesTo("g1"));

        // Act
        var report = await school.Runtime.DeliverAsync([sms], Options());

        // Assert
        Assert.Equal(1, report.Sent);
        var request = Assert.Single(_gateway.Server.LogEntries).RequestMessage;
        using var body = JsonDocument.Parse(request!.Body!);
        Assert.Equal("+996 705 117 893", body.RootElement.GetProperty("to").GetString());
        Assert.Equal(message.IdempotencyKey, body.RootElement.GetProperty("client_ref").GetString());
        Assert.Equal("Мектеп сизге кабар жөнөттү. Аны системага киргенден кийин окуңуз: https://school97.example.kg/", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("Bearer test-key", request.Headers!["Authorization"].Single());

        // 5.7: the SMS says that there is a message, not what it says (no pupil, subject or marks)
        Assert.DoesNotContain("Асанов", request.Body!, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Sent, Assert.Single(school.MessagesTo("g1")).State);
    }

    [Fact]
    public async Task DeliverAsync_Gateway500_RetriesThenNextChannel()
    {
        // Arrange: g1 prefers SMS, then e-mail; the gateway answers 500 every time
        using var school = SchoolWithSms(new Contact(Contact.Parent, "g1", ContactChannel.Email, "g1@example.org", 2));
        _gateway.Answer(500);
        using var sms = Channel(TimeSpan.FromSeconds(5));
        await using var smtp = new LoopbackSmtp();
        var email = new SmtpChannel(new SmtpSettings { Host = "127.0.0.1", Port = smtp.Port, From = "school97@example.kg", Security = "none" }, null);
        IDeliveryChannel[] channels = [sms, email];

        // Act: two tries by SMS, then e-mail
        var first = await school.Runtime.DeliverAsync(channels, Options());
        var second = await school.Runtime.DeliverAsync(channels, Options());
        var moved = Assert.Single(school.MessagesTo("g1"));
        var third = await school.Runtime.DeliverAsync(channels, Options());

        // Assert
        Assert.Equal((1, 1, 0), (first.Retrying, second.Retrying, third.Retrying));
        Assert.Equal(("email", 0), (moved.Channel, moved.Tries));
        Assert.Equal(2, _gateway.Server.LogEntries.Count());
        Assert.Equal("g1@example.org", Assert.Single(smtp.Received).To.Mailboxes.Single().Address);
        var sent = Assert.Single(school.MessagesTo("g1"));
        Assert.Equal(("email", DeliveryState.Sent), (sent.Channel, sent.State));
    }

    [Fact]
    public async Task DeliverAsync_GatewayTooSlow_TimeoutIsFailedTry()
    {
        // Arrange
        using var school = SchoolWithSms();
        _gateway.Answer(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(5)));
        using var sms = Channel(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        // Act
        var report = await school.Runtime.DeliverAsync([sms], Options(maxTries: 1));

        // Assert: one try, cut at the timeout; with no other channel the message fails and stays
        Assert.Equal(0, report.Sent);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"took {watch.Elapsed}");
        var message = Assert.Single(school.MessagesTo("g1"));
        Assert.Equal(("sms", 1, DeliveryState.Failed), (message.Channel, message.Tries, message.State));
    }

    private static Kg97School SchoolWithSms(params Contact[] more)
    {
        var school = Kg97School.WithCase();
        school.Workspace.Database.Contacts.Save(school.Workspace.School.Id, [
            new Contact(Contact.Parent, "g1", ContactChannel.Sms, "+996 705 117 893", 1), .. more]);
        return school;
    }

    private SmsGatewayChannel Channel(TimeSpan timeout) => new(
        new SmsGatewaySettings
        {
            Url = new Uri(_gateway.SendUrl),
            Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer test-key" },
            Timeout = timeout,
        },
        new Uri("https://school97.example.kg/"));

    private static DeliveryOptions Options(int maxTries = 2) => new(maxTries, TimeSpan.Zero, TimeSpan.Zero, new Random(1));
}
