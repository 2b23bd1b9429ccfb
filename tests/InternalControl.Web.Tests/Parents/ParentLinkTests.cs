using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Web.Tests.Parents;

/// <summary>
/// Issue 11: parents sign in by one-time links sent through their own notification channel. A parent types the phone or
/// e-mail the school has for them on the sign-in page; the page answers the same whoever types what.
/// </summary>
public sealed partial class ParentLinkTests : IDisposable
{
    private readonly WebSchool school = new();

    public void Dispose() => school.Dispose();

    [Fact]
    public async Task ParentLink_AParentsEmailTypedDifferently_PutsALinkInTheOutboxOnEmail_InTheParentsLanguage_AndItSignsThemIn()
    {
        // Arrange
        var contact = school.ParentContacts().First(c => c.Channel == ContactChannel.Email);
        var parent = school.Data.Parents.First(p => p.Id == contact.PersonId);
        var before = school.Outbox().Count;

        // Act
        var answer = await school.AskParentLink("  " + contact.Address.ToUpperInvariant() + " ");

        // Assert
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("Эгер мектеп бул даректи билсе, ага шилтеме жөнөтүлдү", answer.Html, StringComparison.Ordinal);
        var message = Assert.Single(school.Outbox().Skip(before));
        Assert.Equal((Contact.Parent, parent.Id, "email", SignInLinks.Requested), (message.RecipientKind, message.RecipientId, message.Channel, message.Template));
        Assert.Equal(parent.Language, message.Language);
        Assert.StartsWith(Texts.Get("Outbox.SignInLink.Text", parent.Language, "").TrimEnd(), message.Text, StringComparison.Ordinal);
        var child = school.Data.Pupils.First(p => p.Id == parent.PupilId);
        Assert.DoesNotContain(child.FullName, message.Text, StringComparison.Ordinal);
        Assert.Contains("/signin/" + SignInLinks.Mask, message.Text, StringComparison.Ordinal);
        var delivered = Assert.Single(await LinkCatcher.Deliver(school), m => m.Id == message.Id);
        var signedIn = await school.Browser().Get(Path(delivered.Text));
        Assert.Equal(HttpStatusCode.OK, signedIn.Status);
        Assert.Contains(child.FullName, signedIn.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParentLink_APhoneInTheDomesticForm_GoesBySms()
    {
        var contact = school.ParentContacts().First(c => c.Channel == ContactChannel.Sms && c.Address.StartsWith("+996", StringComparison.Ordinal));
        var domestic = "0" + string.Concat(contact.Address.Where(char.IsAsciiDigit))[3..];
        var before = school.Outbox().Count;

        await school.AskParentLink(domestic);

        var message = Assert.Single(school.Outbox().Skip(before));
        Assert.Equal((contact.PersonId, "sms"), (message.RecipientId, message.Channel));
    }

    [Fact]
    public async Task ParentLink_AnUnknownAddress_GetsTheSamePageAsAParents_AndNothingIsSent()
    {
        var known = school.ParentContacts().First(c => c.Channel == ContactChannel.Email).Address;

        var parents = await school.AskParentLink(known);
        var before = school.Outbox().Count;
        var strangers = await school.AskParentLink("nobody@example.org");
        var unknownPhone = await school.AskParentLink("+996 555 000 000");

        Assert.Equal(before, school.Outbox().Count);
        Assert.Equal(WithoutToken(parents.Html), WithoutToken(strangers.Html));
        Assert.Equal(WithoutToken(parents.Html), WithoutToken(unknownPhone.Html));
        Assert.Equal(parents.Status, strangers.Status);
    }

    [Fact]
    public async Task ParentLink_AFourthRequestWithinAnHour_SendsNothing_ButAnswersTheSame_AndAnHourLaterWorksAgain()
    {
        var contact = school.ParentContacts().First(c => c.Channel == ContactChannel.Email);
        for (var i = 0; i < ParentLinkOptions.Default.PerHour; i++)
        {
            await school.AskParentLink(contact.Address);
        }

        var before = school.Outbox().Count;
        var fourth = await school.AskParentLink(contact.Address);
        var afterFourth = school.Outbox().Count;
        school.Clock.Now += TimeSpan.FromMinutes(61);
        await school.AskParentLink(contact.Address);

        Assert.Equal(before, afterFourth);
        Assert.Contains("Эгер мектеп бул даректи билсе", fourth.Html, StringComparison.Ordinal);
        Assert.Equal(before + 1, school.Outbox().Count);
    }

    [Fact]
    public async Task ParentLink_AsksPastItsValidity_IsRefused()
    {
        var contact = school.ParentContacts().First(c => c.Channel == ContactChannel.Email);
        var before = school.Outbox().Count;
        await school.AskParentLink(contact.Address);
        var link = Path((await LinkCatcher.Deliver(school)).Single(m => m.Id == school.Outbox()[before].Id).Text);
        school.Clock.Now += ParentLinkOptions.Default.Validity + TimeSpan.FromMinutes(1);

        var late = await school.Browser().Get(link);

        Assert.Equal(HttpStatusCode.BadRequest, late.Status);
    }

    [Fact]
    public async Task ParentLink_NotAnAddress_IsRefusedBesideTheField_AndNothingIsSent()
    {
        var before = school.Outbox().Count;

        var answer = await school.AskParentLink("<script>");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("Телефон номерин же электрондук почтанын дарегин жазыңыз.", answer.Html, StringComparison.Ordinal);
        Assert.Equal(before, school.Outbox().Count);
    }

    [Fact]
    public async Task ParentLink_IsAudited_WithTheParentsIdOnly_NeverTheAddress()
    {
        var contact = school.ParentContacts().First(c => c.Channel == ContactChannel.Sms);

        await school.AskParentLink(contact.Address);
        await school.AskParentLink("nobody@example.org");

        var trail = school.Access.AuditTrail();
        Assert.Contains(trail, e => e.Action == "parentlink.requested" && e.Target == contact.PersonId);
        Assert.Contains(trail, e => e.Action == "parentlink.unknown" && e.Target is null);
        var digits = string.Concat(contact.Address.Where(char.IsAsciiDigit));
        Assert.DoesNotContain(trail, e => (e.Target ?? "").Contains(digits[^6..], StringComparison.Ordinal) || (e.Target ?? "").Contains('@', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ky")]
    [InlineData("kk")]
    [InlineData("ru")]
    public void SignInLinkText_WithALongLink_FitsTwoSmsParts_AndHoldsNoLatinLetterOutsideTheLink(string code)
    {
        // The SMS limits of SmsContentTests: two UCS-2 parts of 67 characters; our link is a real one of a school's site.
        var language = Languages.TryParse(code, out var parsed) ? parsed.Value : throw new InvalidOperationException(code);
        var link = "https://school97.edu.kg/signin/" + new string('x', 43);

        var text = Texts.Get("Outbox.SignInLink.Text", language, link);

        Assert.True(text.Length <= 2 * 67, $"{text.Length} characters");
        Assert.DoesNotMatch("[A-Za-z0-9]", text.Replace(link, "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParentLinks_TheDeputySendsAClass_EveryParentWithAChannelGetsALinkOnTheirFirstChannel_AndNoOneElse()
    {
        var deputy = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        var group = school.Data.Classes[0];
        var pupils = school.Data.Pupils.Where(p => p.ClassId == group.Id).Select(p => p.Id).ToHashSet();
        var parents = school.Data.Parents.Where(p => pupils.Contains(p.PupilId)).Select(p => p.Id).ToHashSet();
        var reachable = school.ParentContacts().Where(c => parents.Contains(c.PersonId)).Select(c => c.PersonId).ToHashSet();
        var before = school.Outbox().Count;

        var page = await deputy.Post("/staff?handler=ParentLinks", [new("classId", group.Id)], tokenFrom: "/staff");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var sent = school.Outbox().Skip(before).ToList();
        Assert.Equal(reachable.Order(), sent.Select(m => m.RecipientId).Order());
        Assert.All(sent, m => Assert.Equal(SignInLinks.Sent, m.Template));
        Assert.Contains(WebUtility.HtmlEncode(Texts.Get("Web.Staff.ParentLinksSent", Language.Ky, group.Name, reachable.Count, parents.Count - reachable.Count)), page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParentLinks_AClassTeacher_GetsNotFound_AndNothingIsSent()
    {
        var teacher = await school.Staff(school.First(StaffRole.ClassTeacher).Id);
        var before = school.Outbox().Count;

        var page = await teacher.Post("/staff?handler=ParentLinks", [new("classId", school.Data.Classes[0].Id)], tokenFrom: "/");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(before, school.Outbox().Count);
    }


    private static string Path(string text) => new Uri(LinkPattern().Match(text).Value).PathAndQuery;

    private static string WithoutToken(string html) => TokenPattern().Replace(html, "");

    [GeneratedRegex(@"https?://\S+/signin/[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex TokenPattern();
}
