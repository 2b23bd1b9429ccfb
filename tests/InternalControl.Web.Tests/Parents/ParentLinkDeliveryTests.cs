using System.Text.Json;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Contacts;
using InternalControl.Testing;
using InternalControl.Web.Background;
using InternalControl.Workflows.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace InternalControl.Web.Tests.Parents;

/// <summary>
/// A parent's link goes out through the host's normal delivery round, over the channels configured beside the database:
/// an SMS gateway (WireMock) and an SMTP server, both on loopback. A link asked for goes at once, at night too and ahead of
/// the backlog; the links the deputy sends unasked wait for the quiet hours like any message to a parent.
/// </summary>
public sealed class ParentLinkDeliveryTests : IDisposable
{
    /// <summary>22:00 in Bishkek (UTC+6) on the sample's day: outside the quiet hours' 08:00-20:00.</summary>
    private static readonly DateTimeOffset Night = new(WebSchool.Start.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero);

    private readonly LoopbackGateway _gateway = new();

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task ARound_AtNight_SendsTheLinkAParentAskedForBySms_AtOnce_AsItsOwnText_WithTheConfiguredSite()
    {
        // Arrange
        using var school = new WebSchool();
        await using var smtp = new LoopbackSmtp();
        _gateway.Answer(200);
        WriteSettings(school, smtp.Port);
        school.Clock.Now = Night;
        var contact = school.ParentContacts().First(c => c.Channel == ContactChannel.Sms);
        var parent = school.Data.Parents.First(p => p.Id == contact.PersonId);
        await school.AskParentLink(contact.Address);

        // Act: one round, with more than a round's 500 messages waiting before it
        school.Services.GetRequiredService<SchoolClockService>().RunOnce();

        // Assert
        var link = school.Outbox().Single(m => m.Template == SignInLinks.Requested);
        Assert.Equal(DeliveryState.Sent, link.State);
        var post = _gateway.Server.LogEntries.Select(e => JsonDocument.Parse(e.RequestMessage!.Body!).RootElement)
            .Single(p => p.GetProperty("client_ref").GetString() == link.IdempotencyKey);
        Assert.Equal(contact.Address, post.GetProperty("to").GetString());
        var text = post.GetProperty("text").GetString()!;
        // The gateway got the live link; the outbox keeps the text with the token masked
        var token = System.Text.RegularExpressions.Regex.Match(text, "/signin/([A-Za-z0-9_-]+)").Groups[1].Value;
        Assert.NotEmpty(token);
        Assert.Equal(link.Text.Replace(SignInLinks.Mask, token, StringComparison.Ordinal), text);
        Assert.DoesNotContain(token, link.Text, StringComparison.Ordinal);
        Assert.Contains("https://school.example.kg/signin/", text, StringComparison.Ordinal);
        Assert.DoesNotContain(school.Data.Pupils.First(p => p.Id == parent.PupilId).FullName, text, StringComparison.Ordinal);
        Assert.True(text.Length <= 2 * 67, $"{text.Length} characters");
    }

    [Fact]
    public async Task ARound_AtNight_HoldsTheLinksTheDeputySentBySms_UntilMorning_ButSendsThoseByEmail()
    {
        // Arrange
        using var school = new WebSchool();
        await using var smtp = new LoopbackSmtp();
        _gateway.Answer(200);
        WriteSettings(school, smtp.Port);
        var service = school.Services.GetRequiredService<SchoolClockService>();
        // The backlog goes first, in the daytime, so that only the links are left.
        service.RunOnce();
        service.RunOnce();
        school.Clock.Now = Night;
        var deputy = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        await deputy.Post("/staff?handler=ParentLinks", [new("classId", school.Data.Classes[0].Id)], tokenFrom: "/staff");

        // Act
        service.RunOnce();

        // Assert
        var links = school.Outbox().Where(m => m.Template == SignInLinks.Sent).ToList();
        Assert.NotEmpty(links);
        Assert.All(links.Where(m => m.Channel == "sms"), m => Assert.Equal(DeliveryState.Pending, m.State));
        Assert.Contains(links, m => m.Channel == "sms");
        Assert.All(links.Where(m => m.Channel == "email"), m => Assert.Equal(DeliveryState.Sent, m.State));
    }

    [Fact]
    public async Task ARound_SendsTheLinkAParentAskedForByEmail_ToTheLoopbackSmtpServer_InTheirLanguage()
    {
        using var school = new WebSchool();
        await using var smtp = new LoopbackSmtp();
        WriteSettings(school, smtp.Port);
        var contact = school.ParentContacts().First(c => c.Channel == ContactChannel.Email);
        var parent = school.Data.Parents.First(p => p.Id == contact.PersonId);
        await school.AskParentLink(contact.Address);

        school.Services.GetRequiredService<SchoolClockService>().RunOnce();

        var link = school.Outbox().Single(m => m.Template == SignInLinks.Requested);
        var mail = smtp.Snapshot().Single(m => m.MessageId == link.IdempotencyKey + "@internal-control");
        Assert.Equal(contact.Address, mail.To.Mailboxes.Single().Address);
        Assert.Contains(link.Text[..link.Text.IndexOf(SignInLinks.Mask, StringComparison.Ordinal)], mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(SignInLinks.Mask, mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(InternalControl.Localization.Languages.Code(parent.Language), mail.Body!.Headers["Content-Language"]);
    }

    private void WriteSettings(WebSchool school, int smtpPort)
    {
        var settings = new
        {
            Outbox = new
            {
                Smtp = new { Host = "127.0.0.1", Port = smtpPort, From = "school@example.kg", Security = "none", TimeoutSeconds = 10 },
                Sms = new
                {
                    Url = _gateway.SendUrl,
                    Body = """{"to":"{to}","text":"{text}","client_ref":"{reference}"}""",
                },
                QuietHours = new { Start = "08:00", End = "20:00" },
                Link = "https://school.example.kg/",
            },
        };
        school.WriteSettings(JsonSerializer.Serialize(settings));
    }
}
