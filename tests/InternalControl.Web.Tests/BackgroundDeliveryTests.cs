using System.Text.Json;
using InternalControl.Storage.Contacts;
using InternalControl.Testing;
using InternalControl.Web.Background;
using InternalControl.Workflows.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace InternalControl.Web.Tests;

/// <summary>
/// The host's background round delivers the outbox over the channels configured beside the database (ic.settings.json,
/// as `ic outbox --send` reads it): e-mail to an SMTP server and SMS to a gateway, both on loopback; no outbox file.
/// </summary>
public sealed class BackgroundDeliveryTests : IDisposable
{
    private readonly LoopbackGateway _gateway = new();

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task ARound_ChannelsConfigured_SendsByEmailAndSms_NotToTheFile()
    {
        // Arrange: the sample's contacts (contacts.csv): staff by e-mail, most parents by SMS
        using var school = new WebSchool();
        await using var smtp = new LoopbackSmtp();
        _gateway.Answer(200);
        var pending = school.Outbox(unsentOnly: true);
        Assert.True(pending.Count > 500);
        WriteSettings(school, smtp.Port);

        // Act: a round tries at most 500 messages (DeliveryBatch); the sample has more, so the next round takes the rest
        var service = school.Services.GetRequiredService<SchoolClockService>();
        service.RunOnce();
        var afterFirst = school.Outbox(unsentOnly: true).Count;
        service.RunOnce();

        // Assert: every message went, over two rounds, the parent's by SMS with the key as reference, the rest by e-mail
        var after = school.Outbox().Where(m => pending.Any(p => p.Id == m.Id)).ToList();
        Assert.True(afterFirst >= pending.Count - 500);
        var contacts = school.Workspace.Database.Contacts;
        Assert.All(after, m => Assert.Equal(
            contacts.Of(school.Workspace.School.Id, m.RecipientKind, m.RecipientId).Count == 0 ? DeliveryState.Failed : DeliveryState.Sent,
            m.State));
        after = [.. after.Where(m => m.State == DeliveryState.Sent)];
        var bySms = after.Where(m => m.Channel == "sms").ToList();
        Assert.Contains(bySms, m => m.RecipientKind == Contact.Parent);
        var posts = _gateway.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(bySms.Count, posts.Count);
        Assert.Equal("Bearer host-secret", posts[0].Headers!["Authorization"].Single());
        Assert.Equal(
            bySms.Select(m => m.IdempotencyKey).Order(),
            posts.Select(p => JsonDocument.Parse(p.Body!).RootElement.GetProperty("client_ref").GetString()).Order());
        var mails = smtp.Snapshot();
        Assert.Equal(after.Count - bySms.Count, mails.Count);
        Assert.Equal(
            after.Where(m => m.Channel == "email").Select(m => m.IdempotencyKey + "@internal-control").Order(),
            mails.Select(m => m.MessageId).Order());
        Assert.False(File.Exists(Path.ChangeExtension(school.Workspace.Database.Path, ".outbox.txt")));
    }

    [Fact]
    public async Task ARound_SmtpRefuses_MessageStaysPendingWithItsTry()
    {
        // Arrange: every recipient is reached by e-mail only; the SMTP server refuses everything in the first round
        using var school = new WebSchool();
        await using var smtp = new LoopbackSmtp { RefuseNext = int.MaxValue };
        var pending = school.Outbox(unsentOnly: true);
        school.Workspace.Database.Contacts.Save(school.Workspace.School.Id, [.. pending.Select(m => (m.RecipientKind, m.RecipientId)).Distinct()
            .Select(p => new Contact(p.RecipientKind, p.RecipientId, ContactChannel.Email, $"{p.RecipientId}@example.org", 1))]);
        WriteSettings(school, smtp.Port, sms: false);
        var service = school.Services.GetRequiredService<SchoolClockService>();

        // Act
        service.RunOnce();
        var refused = school.Outbox(unsentOnly: true).Where(m => m.Tries == 1).ToList();
        smtp.RefuseNext = 0;
        school.Clock.Now += TimeSpan.FromHours(2);
        service.RunOnce();
        service.RunOnce();

        // Assert: retried in a later round, after its backoff; nothing written to the file
        Assert.Equal(500, refused.Count);
        Assert.All(refused, m => Assert.Equal(("email", DeliveryState.Pending), (m.Channel, m.State)));
        Assert.Empty(school.Outbox(unsentOnly: true));
        Assert.Equal(pending.Count, smtp.Snapshot().Count);
        Assert.Equal(500, smtp.Refused);
        Assert.False(File.Exists(Path.ChangeExtension(school.Workspace.Database.Path, ".outbox.txt")));
    }

    private void WriteSettings(WebSchool school, int smtpPort, bool sms = true)
    {
        var settings = new
        {
            Outbox = new
            {
                Smtp = new { Host = "127.0.0.1", Port = smtpPort, From = "school@example.kg", Security = "none", TimeoutSeconds = 10 },
                Sms = sms ? new
                {
                    Url = _gateway.SendUrl,
                    Body = """{"to":"{to}","text":"{text}","client_ref":"{reference}"}""",
                    Headers = new { Authorization = "Bearer host-secret" },
                } : null,
                Link = "https://school.example.kg/",
                BaseDelaySeconds = 60,
            },
        };
        school.WriteSettings(JsonSerializer.Serialize(settings));
    }
}
