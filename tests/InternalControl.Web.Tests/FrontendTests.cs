namespace InternalControl.Web.Tests;

/// <summary>The front-end bundle: htmx as locked in Frontend/package-lock.json, built into a committed file the host serves.</summary>
public sealed class FrontendTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Fact]
    public async Task Htmx_IsServed_FromTheCommittedBuildOfTheLockedVersion()
    {
        // Arrange
        var locked = Frontend.Locked("htmx.org");

        // Act: served as JavaScript
        var script = await Frontend.Script(school, "/htmx.min.js");

        // Assert
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
