using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Web.Tests;

/// <summary>
/// /contacts: a signed-in parent or member of staff reads and changes their own channels and their order, gets a
/// one-time Telegram code, and sees a wrong address refused at its field; the heads' dashboard lists failed deliveries.
/// </summary>
public sealed partial class ContactsPageTests
{
    [Fact]
    public async Task Contacts_Parent_SeesOwnPhone_SavesEmailFirst_OthersUntouched()
    {
        // Arrange: g00002 is reached by SMS (contacts.csv); g00001 is another parent
        using var school = new WebSchool();
        var browser = await school.SignedIn(PersonKind.Parent, "g00002");
        var other = Of(school, Contact.Parent, "g00001");

        // Act
        var page = await browser.Get("/contacts");
        var saved = await browser.Post("/contacts?handler=Save", [new("Email", "aizada@example.kg"), new("EmailOrder", "1"), new("Phone", "+996 705 117 893"), new("PhoneOrder", "2")], "/contacts");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("705 117 893\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("220 688 131", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Contains("Байланыштарыңыз сакталды.", saved.Html, StringComparison.Ordinal);
        Assert.Equal(
            [(ContactChannel.Email, "aizada@example.kg", 1), (ContactChannel.Sms, "+996 705 117 893", 2)],
            Of(school, Contact.Parent, "g00002").Select(c => (c.Channel, c.Address, c.Preference)));
        Assert.Equal(other, Of(school, Contact.Parent, "g00001"));
    }

    [Fact]
    public async Task Contacts_BadEmailAndPhone_RefusedAtTheirFields_NothingSaved()
    {
        // Arrange
        using var school = new WebSchool();
        var staff = school.First(StaffRole.ClassTeacher).Id;
        var browser = await school.Staff(staff);
        var before = Of(school, Contact.Staff, staff);

        // Act
        var refused = await browser.Post("/contacts?handler=Save", [new("Email", "teacher.example.kg"), new("EmailOrder", "1"), new("Phone", "12ab"), new("PhoneOrder", "2")], "/contacts");

        // Assert: each message sits after its own field and before the next one
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        var html = refused.Html;
        var email = html.IndexOf("name=\"Email\"", StringComparison.Ordinal);
        var emailError = html.IndexOf("«teacher.example.kg» электрондук почтанын дареги эмес", StringComparison.Ordinal);
        var phone = html.IndexOf("name=\"Phone\"", StringComparison.Ordinal);
        var phoneError = html.IndexOf("«12ab» телефон номери эмес", StringComparison.Ordinal);
        Assert.True(email >= 0 && emailError > email && emailError < html.IndexOf("name=\"EmailOrder\"", StringComparison.Ordinal));
        Assert.True(phone >= 0 && phoneError > phone && phoneError < html.IndexOf("name=\"PhoneOrder\"", StringComparison.Ordinal));
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(before, Of(school, Contact.Staff, staff));
    }

    [Fact]
    public async Task Contacts_SameOrderTwice_Refused()
    {
        // Arrange
        using var school = new WebSchool();
        var browser = await school.SignedIn(PersonKind.Parent, "g00002");
        var before = Of(school, Contact.Parent, "g00002");

        // Act
        var refused = await browser.Post("/contacts?handler=Save", [new("Email", "aizada@example.kg"), new("EmailOrder", "1"), new("Phone", "+996 705 117 893"), new("PhoneOrder", "1")], "/contacts");

        // Assert
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("1 тартиби башка каналда бар", refused.Html, StringComparison.Ordinal);
        Assert.Equal(before, Of(school, Contact.Parent, "g00002"));
    }

    [Fact]
    public async Task Contacts_TelegramCode_LinksThatPersonsChat()
    {
        // Arrange
        using var school = new WebSchool();
        var browser = await school.SignedIn(PersonKind.Parent, "g00002");

        // Act: the page gives a code; the bot receives it from a chat (as TelegramUpdates does)
        var page = await browser.Post("/contacts?handler=Link", [], "/contacts");
        var code = Code().Match(page.Html).Groups[1].Value;
        var linked = school.Workspace.Database.Contacts.Link(school.Workspace.School.Id, code, "424242", school.Clock.GetUtcNow());
        var after = await browser.Get("/contacts");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(8, code.Length);
        Assert.Equal(("g00002", ContactChannel.Telegram, "424242"), (linked!.PersonId, linked.Channel, linked.Address));
        Assert.Contains("Telegram чатыңыз байланышкан.", after.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"TelegramOrder\"", after.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contacts_SignedOut_GoesToSignIn()
    {
        // Arrange
        using var school = new WebSchool();

        // Act
        var page = await school.Browser().Get("/contacts");

        // Assert
        Assert.Contains("/signin", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("name=\"Phone\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_DeputyDirector_SeesFailedDeliveries_ClassTeacherDoesNot()
    {
        // Arrange: a recipient with no channel makes its messages fail at once
        using var school = new WebSchool();
        using (var session = school.Open())
        {
            var message = session.Runtime.Outbox(unsentOnly: true).First(m => m.RecipientKind == Contact.Parent);
            school.Workspace.Database.Contacts.Replace(school.Workspace.School.Id, Contact.Parent, message.RecipientId, []);
            await session.Runtime.DeliverAsync([], new DeliveryOptions(1, TimeSpan.Zero, TimeSpan.Zero, new Random(1)));
        }

        int failed;
        using (var session = school.Open())
        {
            failed = session.Runtime.FailedMessages().Count;
        }

        var deputy = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        var teacher = await school.Staff(school.First(StaffRole.ClassTeacher).Id);

        // Act
        var board = await deputy.Get("/dashboard");
        var refused = await teacher.Get("/dashboard");

        // Assert
        Assert.True(failed > 0);
        Assert.Contains("Жеткирилбеген билдирүүлөр", board.Html, StringComparison.Ordinal);
        Assert.Equal(failed, Regex.Matches(board.Html[board.Html.IndexOf("failed-deliveries", StringComparison.Ordinal)..], "<tr>").Count - 1);
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
    }

    private static List<Contact> Of(WebSchool school, string kind, string id) => [.. school.Workspace.Database.Contacts.Of(school.Workspace.School.Id, kind, id)];

    [GeneratedRegex(@"id=""telegram-code"">[^<]*?(\d{8})")]
    private static partial Regex Code();
}
