using Deque.AxeCore.Playwright;
using InternalControl.Kernel.Schools;

namespace InternalControl.Web.Tests.Browser;

/// <summary>
/// axe in the real browser on a Kazakh school's workbench, read in Kazakh: the dashboard with its decision-matrix panel
/// (seed 000 §3.2-3.4) and charts, the objects behind a group's number, and the re-controls due this month.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KazakhWorkbenchBrowserTests(Chromium chromium) : IDisposable
{
    private readonly WebSchool _school = WebSchool.ServedKazakh();

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/matrix?sheet=II.3&group=C")]
    [InlineData("/dashboard/recontrols")]
    public async Task KazakhWorkbenchPage_HasNoSeriousOrCriticalAxeViolation(string path)
    {
        // Arrange
        var page = await chromium.Staff(_school, _school.First(StaffRole.DeputyDirector).Id, "kk-KZ");

        // Act: on the dashboard, once its charts are drawn.
        await page.GotoAsync(path);
        if (path == "/dashboard")
        {
            await page.Locator("div.chart canvas").Nth(2).WaitForAsync();
        }

        var result = await page.RunAxe();

        // Assert: the page is the Kazakh one (its language and the matrix's numbers), and axe finds nothing serious.
        Assert.Equal("kk", await page.Locator("html").GetAttributeAsync("lang"));
        if (path == "/dashboard")
        {
            Assert.Equal(1, await page.Locator("a[href='/dashboard/matrix?sheet=II.3&group=C']").CountAsync());
        }

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.NotEmpty(result.Passes);
    }

    public void Dispose() => _school.Dispose();
}
