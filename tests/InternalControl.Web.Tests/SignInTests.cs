using System.Net;
using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using InternalControl.Web.Hosting;

namespace InternalControl.Web.Tests;

/// <summary>One-time links (once, until they expire), password lockout, sign-out that ends the session, the audit trail.</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task OneTimeLink_UsedTwice_SignsInOnce_AndTheSecondTimeIsRefusedInTheSchoolsLanguage()
    {
        using var school = new WebSchool();
        var link = "/signin/" + school.Access.IssueLink(PersonKind.Staff, school.First(StaffRole.DeputyDirector).Id, TimeSpan.FromDays(1), "test");

        var first = await school.Browser().Get(link);
        var second = await school.Browser().Get(link);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.DoesNotContain("name=\"Password\"", first.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Contains("Бул кирүү шилтемеси мурда колдонулган же мөөнөтү өткөн", second.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneTimeLink_PastItsExpiry_IsRefused()
    {
        using var school = new WebSchool();
        var link = "/signin/" + school.Access.IssueLink(PersonKind.Staff, school.First(StaffRole.DeputyDirector).Id, TimeSpan.FromDays(1), "test");
        school.Clock.Now += TimeSpan.FromDays(2);

        var page = await school.Browser().Get(link);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.DoesNotContain("/signout", page.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Password_FiveWrongAttempts_LockTheAccount_EvenAgainstTheRightPassword_UntilTheLockoutPasses()
    {
        using var school = new WebSchool();
        var staff = school.First(StaffRole.ClassTeacher).Id;
        school.Access.SetPassword(new Person(school.Workspace.School.Id, PersonKind.Staff, staff), "correct horse", new IdentityPasswordHasher());
        var browser = school.Browser();
        KeyValuePair<string, string>[] Form(string password) => [new("StaffId", staff), new("Password", password)];

        for (var i = 0; i < AccessStore.MaxFailures; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.Post("/signin", Form("wrong"))).Status);
        }

        var locked = await browser.Post("/signin", Form("correct horse"));
        school.Clock.Now += AccessStore.Lockout + TimeSpan.FromMinutes(1);
        var later = await browser.Post("/signin", Form("correct horse"));

        Assert.Equal(HttpStatusCode.BadRequest, locked.Status);
        Assert.Contains("аккаунт бир аз убакытка бөгөттөлдү", locked.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, later.Status);
        Assert.Contains("/signout", later.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignOut_EndsTheSession_AndIsAudited()
    {
        using var school = new WebSchool();
        var deputy = school.First(StaffRole.DeputyDirector).Id;
        var browser = await school.Staff(deputy);

        var signedOut = await browser.Post("/signout", [], tokenFrom: "/");
        var after = await browser.Get("/");

        Assert.Equal(HttpStatusCode.OK, signedOut.Status);
        Assert.Contains("name=\"Password\"", after.Html, StringComparison.Ordinal);
        var actions = school.Access.AuditTrail().Where(e => e.Actor == "staff:" + deputy).Select(e => e.Action).ToList();
        Assert.Contains("signin.link", actions);
        Assert.Contains("signout", actions);
    }

    [Fact]
    public async Task Language_TheBrowsersWhenNoChoice_TheChoiceOverTheBrowser()
    {
        using var school = new WebSchool();
        var browser = school.Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("kk-KZ");

        var kazakh = await browser.Get("/signin");
        await browser.Post("/language", [new("lang", "ru")], tokenFrom: "/signin");
        var russian = await browser.Get("/signin");

        Assert.Contains("Құпиясөз", kazakh.Html, StringComparison.Ordinal);
        Assert.Contains("Пароль", russian.Html, StringComparison.Ordinal);
    }
}
