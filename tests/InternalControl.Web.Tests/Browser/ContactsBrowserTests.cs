using Deque.AxeCore.Playwright;
using InternalControl.Application.Access;
using InternalControl.Storage.Contacts;
using Microsoft.Playwright;

namespace InternalControl.Web.Tests.Browser;

/// <summary>
/// A parent in Chromium on a phone edits their channels on /contacts: a wrong e-mail address is refused at its field
/// and changes nothing, the corrected one is saved first in order; axe finds no serious or critical violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactsBrowserTests(Chromium chromium) : IDisposable
{
    private readonly WebSchool _school = WebSchool.Served();

    public void Dispose() => _school.Dispose();

    [Fact]
    public async Task Parent_EditsChannels_WrongEmailRefusedAtItsField_ThenSavedFirst()
    {
        // Arrange: g00002 is reached by SMS (contacts.csv)
        var page = await chromium.Person(_school, "ru-RU", Chromium.Phone);
        await page.GotoAsync(_school.Link(PersonKind.Parent, "g00002"));
        await page.GotoAsync("/contacts");
        var axe = await page.RunAxe();

        // Act: a wrong address first, then the right one, e-mail before SMS
        await page.Locator("#contact-email").FillAsync("aizada.example.kg");
        await page.Locator("#contact-email-order").SelectOptionAsync("1");
        await page.Locator("#contact-phone-order").SelectOptionAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        var error = await page.Locator("#contact-email-error").InnerTextAsync();
        var invalid = await page.Locator("#contact-email").GetAttributeAsync("aria-invalid");
        var afterError = Of();
        var refusedAxe = await page.RunAxe();
        await page.Locator("#contact-email").FillAsync("aizada@example.kg");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        var saved = await page.Locator("[role=status]").InnerTextAsync();

        // Assert
        Assert.Equal("«aizada.example.kg» — не адрес электронной почты; напишите его как name@example.org.", error);
        Assert.Equal("true", invalid);
        Assert.Equal([ContactChannel.Sms], afterError.Select(c => c.Channel));
        Assert.Equal("Ваши контакты сохранены.", saved);
        Assert.Equal(
            [(ContactChannel.Email, "aizada@example.kg", 1), (ContactChannel.Sms, "+996 705 117 893", 2)],
            Of().Select(c => (c.Channel, c.Address, c.Preference)));
        foreach (var result in new[] { axe, refusedAxe })
        {
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
            Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        }
    }

    private List<Contact> Of() => [.. _school.Workspace.Database.Contacts.Of(_school.Workspace.School.Id, Contact.Parent, "g00002")];
}
