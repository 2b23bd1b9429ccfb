using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Storage.Contacts;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Web.Tests.Parents;

/// <summary>
/// Issue 11, sign-in links: besides a parent's own hourly limit, one network address may ask for
/// <c>Access:LinkRequestsPerAddress</c> links an hour, whichever addresses it types; past it nothing is sent and the
/// page answers as always. Every answer takes at least <c>Access:LinkRequestMilliseconds</c>, so that a parent's
/// address and a stranger's cannot be told apart by the time the answer takes.
/// </summary>
public sealed partial class ParentLinkRequestLimitTests : IDisposable
{
    private readonly WebSchool school = WebSchool.With(b =>
    {
        b.Configuration["Access:LinkRequestsPerAddress"] = "2";
        b.Configuration["Access:LinkRequestMilliseconds"] = "300";
    });

    public void Dispose() => school.Dispose();

    [Fact]
    public async Task ParentLink_ThirdRequestFromOneAddressWithinAnHour_SendsNothing_AnswersTheSame_AndAnHourLaterWorksAgain()
    {
        // Arrange: two strangers' addresses typed from this client
        var parents = school.ParentContacts().Where(c => c.Channel == ContactChannel.Email).Select(c => c.Address).ToList();
        await school.AskParentLink("nobody@example.org");
        var first = await school.AskParentLink("+996 555 000 000");
        var before = school.Outbox().Count;

        // Act: a parent's address, the third request of the hour from the same client
        var third = await school.AskParentLink(parents[0]);
        var afterThird = school.Outbox().Count;
        school.Clock.Now += TimeSpan.FromMinutes(61);
        var later = await school.AskParentLink(parents[0]);

        // Assert
        Assert.Equal(before, afterThird);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal(WithoutToken(first.Html), WithoutToken(third.Html));
        Assert.Equal(HttpStatusCode.OK, later.Status);
        Assert.Equal(before + 1, school.Outbox().Count);
        Assert.Contains(school.Access.AuditTrail(), e => e.Action == "parentlink.addresslimited" && e.Target is null);
    }

    [Fact]
    public async Task ParentLink_TextsThatAreNoAddress_CountToo()
    {
        // Act: two texts refused beside the field, then a parent's address
        var refused = await school.AskParentLink("<script>");
        await school.AskParentLink("<script>");
        var before = school.Outbox().Count;
        var third = await school.AskParentLink(school.ParentContacts().First(c => c.Channel == ContactChannel.Email).Address);

        // Assert: the client had used its two requests of the hour; the page answers as for any address
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal(before, school.Outbox().Count);
    }

    [Fact]
    public async Task ParentLink_AParentsAddressAndAStrangers_BothAnswerNoSoonerThanTheSetTime()
    {
        // Arrange
        var parent = school.ParentContacts().First(c => c.Channel == ContactChannel.Email).Address;

        // Act
        var known = Stopwatch.StartNew();
        await school.AskParentLink(parent);
        known.Stop();
        var unknown = Stopwatch.StartNew();
        await school.AskParentLink("nobody@example.org");
        unknown.Stop();

        // Assert: both at least the 300 ms set (each also fetches the form first)
        Assert.True(known.Elapsed >= TimeSpan.FromMilliseconds(300), known.Elapsed.ToString());
        Assert.True(unknown.Elapsed >= TimeSpan.FromMilliseconds(300), unknown.Elapsed.ToString());
    }


    private static string WithoutToken(string html) => TokenPattern().Replace(html, "");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex TokenPattern();
}
