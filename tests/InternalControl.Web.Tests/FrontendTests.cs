using System.Net;
using System.Text.Json;
using InternalControl.Testing;

namespace InternalControl.Web.Tests;

/// <summary>The front-end bundle: htmx as locked in Frontend/package-lock.json, built into a committed file the host serves.</summary>
public sealed class FrontendTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Fact]
    public async Task Htmx_IsServed_FromTheCommittedBuildOfTheLockedVersion()
    {
        // Arrange
        var frontend = Path.Combine(RepositoryRoot.Path, "engine", "InternalControl.Web", "Frontend");
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(frontend, "package-lock.json")));
        var locked = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/htmx.org").GetProperty("version").GetString();

        // Act
        var response = await school.Browser().GetAsync(new Uri("/htmx.min.js", UriKind.Relative));
        var script = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith($"/*! htmx.org@{locked} ", script, StringComparison.Ordinal);
        Assert.Contains("htmx", script[100..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_LoadsHtmx_AndTheInboxFiltersWorkAsAPlainFormToo()
    {
        // Arrange
        var browser = await school.Staff(school.First(InternalControl.Kernel.Schools.StaffRole.DeputyDirector).Id);

        // Act
        var inbox = await browser.Get("/");

        // Assert: htmx enhances the filter form; without it, the form's GET and its Apply button still filter.
        Assert.Contains("<script src=\"/htmx.min.js\" defer></script>", inbox.Html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\" class=\"filters\" hx-get=\"/\"", inbox.Html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"inbox\">", inbox.Html, StringComparison.Ordinal);
    }
}
