using System.Text.Json;
using System.Text.RegularExpressions;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Testing;
using InternalControl.Web.Background;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InternalControl.Web.Tests.Browser;

/// <summary>
/// Issue 11 end to end in Chromium: a parent asks for a link by e-mail, the loopback SMTP server receives it, the parent
/// opens it, sees their child only and the small council's invitation (6.2/9.4), presses "I have read it", and the case
/// journal shows it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ParentLinkBrowserTests(Chromium chromium) : IDisposable
{
    private readonly WebSchool _school = WebSchool.Served();

    [Fact]
    public async Task AParent_AsksForALinkByEmail_OpensIt_SeesTheirChildAndTheInvitation_AndReadsIt()
    {
        // Arrange: the small council for the child of a parent the school reaches by e-mail; SMTP on loopback
        await using var smtp = new LoopbackSmtp();
        WriteSettings(smtp.Port);
        var contact = _school.Workspace.Database.Contacts.OfKind(_school.Workspace.School.Id, Contact.Parent).First(c => c.Channel == ContactChannel.Email);
        var parent = _school.Data.Parents.First(p => p.Id == contact.PersonId);
        var child = _school.Data.Pupils.First(p => p.Id == parent.PupilId);
        var other = _school.Data.Pupils.First(p => _school.Data.Parents.Where(x => x.Id == parent.Id).All(x => x.PupilId != p.Id));
        long caseId;
        using (var session = _school.Open())
        {
            caseId = session.Runtime.Start("small-pedagogical-council", new CaseContext(child.Id, null, null), "test").CaseId;
        }

        var page = await chromium.Person(_school, "ky-KG", Chromium.Phone);

        // Act: the parent asks on the sign-in page; the host's round sends the outbox
        await page.GotoAsync("/signin");
        await page.FillAsync("#parent-address", contact.Address);
        await page.ClickAsync("#parent-link button[type=submit]");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Эгер мектеп бул даректи билсе");
        _school.Services.GetRequiredService<SchoolClockService>().RunOnce();
        var mail = smtp.Snapshot().Single(m => m.To.Mailboxes.Any(b => b.Address == contact.Address) && (m.TextBody ?? "").Contains("/signin/", StringComparison.Ordinal));
        var link = LinkPattern().Match(mail.TextBody!).Value;
        await page.GotoAsync(link);

        // Assert: their child only, and the invitation in their language
        var invitation = Texts.Get("Notify.SmallCouncil.Invitation", parent.Language, child.FullName, "", _school.Data.Classes.First(c => c.Id == child.ClassId).Name);
        await Assertions.Expect(page.Locator("#parent-messages")).ToContainTextAsync(invitation);
        await Assertions.Expect(page.Locator("main, body").First).ToContainTextAsync(child.FullName);
        Assert.DoesNotContain(other.FullName, await page.ContentAsync(), StringComparison.Ordinal);
        var message = page.Locator("#parent-messages li").Filter(new LocatorFilterOptions { HasText = invitation });
        await message.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Texts.Get("Web.Parent.Read", Language.Ky) }).ClickAsync();
        await Assertions.Expect(page.Locator("#parent-messages li").Filter(new LocatorFilterOptions { HasText = invitation }))
            .ToContainTextAsync(Texts.Get("Web.Parent.ReadDone", Language.Ky));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("parent-messages-390"), FullPage = true });
        using var after = _school.Open();
        var read = Assert.Single(after.Runtime.Journal(caseId), e => e.Kind == JournalKind.Acknowledged);
        Assert.Equal(parent.Id, read.Actor);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= Chromium.Phone.Width);
    }

    public void Dispose() => _school.Dispose();

    private void WriteSettings(int smtpPort)
    {
        var settings = new
        {
            Outbox = new
            {
                Smtp = new { Host = "127.0.0.1", Port = smtpPort, From = "school@example.kg", Security = "none", TimeoutSeconds = 10 },
                Link = _school.BaseAddress!.ToString(),
            },
        };
        _school.WriteSettings(JsonSerializer.Serialize(settings));
    }

    [GeneratedRegex(@"https?://\S+/signin/[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();
}
