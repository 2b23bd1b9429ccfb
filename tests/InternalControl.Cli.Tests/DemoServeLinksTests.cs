using System.Net;
using System.Text.RegularExpressions;

namespace InternalControl.Cli.Tests;

/// <summary>
/// `ic demo --serve` prints one sign-in link per role (issue 11): each, opened against the real server on loopback,
/// signs that person in and shows their own page: the deputy director's with the workbench, the class teacher's with
/// their class and tasks, the subject teacher's with tasks and no workbench, the parent's with what the school sent them and no
/// password.
/// </summary>
public sealed partial class DemoServeLinksTests
{
    [Fact]
    public async Task DemoServe_EachPrintedLink_OpensThatPersonsPage()
    {
        // Arrange
        using var demo = new ServedIc("demo", "--serve", "--lang", "en");
        Assert.True(await demo.Answers(TimeSpan.FromMinutes(5)), string.Join(Environment.NewLine, demo.Lines));
        var links = demo.Lines.Select(l => LinkLine().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["role"].Value, m => new Uri(m.Groups["link"].Value), StringComparer.Ordinal);

        // Act
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (role, link) in links)
        {
            // The session cookie is Secure; a browser keeps it on http://127.0.0.1 (a secure context), so it is carried
            // by hand here, as Chromium would.
            using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
            var signIn = await browser.GetAsync(link);
            Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, role + ": " + signIn.StatusCode);
            Assert.Equal("/", signIn.Headers.Location?.OriginalString);
            var cookies = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(link, "/"));
            request.Headers.Add("Cookie", cookies);
            var page = await browser.SendAsync(request);
            Assert.True(page.StatusCode == HttpStatusCode.OK, role + ": " + page.StatusCode);
            pages[role] = await page.Content.ReadAsStringAsync();
        }

        // Assert: the four roles, each link on this server, each page that person's
        Assert.Equal(["class teacher", "deputy director for academic work", "parents", "subject teacher"], links.Keys.Order(StringComparer.Ordinal));
        Assert.All(links.Values, l => Assert.Equal(demo.Port, l.Port));
        Assert.Contains("href=\"/dashboard\"", pages["deputy director for academic work"], StringComparison.Ordinal);
        Assert.Contains("href=\"/classes/", pages["class teacher"], StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/dashboard\"", pages["class teacher"], StringComparison.Ordinal);
        Assert.Contains("href=\"/tasks/", pages["class teacher"], StringComparison.Ordinal);
        Assert.Contains("href=\"/tasks/", pages["subject teacher"], StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/dashboard\"", pages["subject teacher"], StringComparison.Ordinal);
        Assert.Contains("href=\"/contacts\"", pages["parents"], StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/password\"", pages["parents"], StringComparison.Ordinal);
        var parentsHeading = InternalControl.Localization.Texts.Get("Web.Parent.Messages", InternalControl.Localization.Language.Ky);
        Assert.Contains(parentsHeading, pages["parents"], StringComparison.Ordinal);
        Assert.DoesNotContain(parentsHeading, pages["class teacher"], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<role>[a-z ]+): (?<link>http://127\.0\.0\.1:[0-9]+/signin/[A-Za-z0-9_-]+)$")]
    private static partial Regex LinkLine();
}
