using InternalControl.Application.Access;
using InternalControl.Kernel.Schools;
using InternalControl.Web.Requests;

namespace InternalControl.Web.Tests;

/// <summary>
/// The cookies a signed-in person carries: scripts cannot read them (HttpOnly), they go only over HTTPS (Secure), and
/// another site's page cannot send them along (SameSite): the session Lax, so that a link in an SMS or e-mail still
/// opens the school signed in, the antiforgery cookie Strict.
/// </summary>
public sealed class CookieTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Fact]
    public async Task SignIn_SessionCookie_IsHttpOnlySecureAndSameSiteLax()
    {
        // Arrange
        var browser = school.Browser(followRedirects: false);

        // Act
        var response = await browser.GetAsync(new Uri(school.Link(PersonKind.Staff, school.First(StaffRole.DeputyDirector).Id), UriKind.Relative));

        // Assert
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(WebRequest.SessionCookie + "=", StringComparison.Ordinal));
        var flags = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(f => f.ToLowerInvariant()).ToList();
        Assert.Contains("httponly", flags);
        Assert.Contains("secure", flags);
        Assert.Contains("samesite=lax", flags);
        Assert.Contains("path=/", flags);
    }

    [Fact]
    public async Task AFormPage_AntiforgeryCookie_IsHttpOnlySecureOverHttpsAndSameSiteStrict()
    {
        // Arrange: a browser that has not been to the school yet.
        var browser = school.Browser(followRedirects: false);

        // Act: the sign-in page's password form carries a token, and its cookie comes with the page.
        var response = await browser.GetAsync(new Uri("/signin", UriKind.Relative));

        // Assert
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ic.af=", StringComparison.Ordinal));
        var flags = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(f => f.ToLowerInvariant()).ToList();
        Assert.Contains("httponly", flags);
        Assert.Contains("samesite=strict", flags);
        Assert.Contains("secure", flags);
    }
}
