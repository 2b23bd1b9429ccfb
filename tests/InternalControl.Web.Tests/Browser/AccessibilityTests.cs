using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using InternalControl.Application.Access;
using Microsoft.Playwright;

namespace InternalControl.Web.Tests.Browser;

/// <summary>
/// axe-core in the real browser: no serious or critical violation on the inbox, task, case and pupil pages; and the
/// inbox, a task form and every other page (case, pupil, class, dashboard, a report, a parent's) on a 390-pixel phone
/// screen, fitting its width, with screenshots under the test output.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(Chromium chromium) : IDisposable
{
    private readonly WebSchool _school = WebSchool.Served();

    [Theory]
    [InlineData("inbox")]
    [InlineData("task")]
    [InlineData("case")]
    [InlineData("pupil")]
    public async Task Page_HasNoSeriousOrCriticalAxeViolation(string kind)
    {
        // Arrange
        var task = BrowserScenarioTests.IndividualWork(_school);
        var page = await chromium.Staff(_school, task.Assignee!, "ky-KG");

        // Act
        await page.GotoAsync(kind switch
        {
            "inbox" => "/",
            "task" => $"/tasks/{task.Id}",
            "case" => $"/cases/{task.CaseId}",
            _ => $"/pupils/{task.PupilId}",
        });
        var result = await page.RunAxe();

        // Assert
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.NotEmpty(result.Passes);
    }

    [Fact]
    public async Task OnAPhone_TheInboxAndTheTaskForm_FitThe390PixelScreen()
    {
        // Arrange
        var task = BrowserScenarioTests.IndividualWork(_school);
        var page = await chromium.Staff(_school, task.Assignee!, "ky-KG", Chromium.Phone);

        // Act: the screenshots are for a person to look at; the widths are what the test holds.
        var inbox = await Width(page, "inbox");
        await page.GotoAsync($"/tasks/{task.Id}");
        var form = await Width(page, "task-form");

        // Assert: nothing wider than the screen, so nothing needs sideways scrolling.
        Assert.True(inbox <= Chromium.Phone.Width, $"The inbox is {inbox} px wide on a {Chromium.Phone.Width} px screen.");
        Assert.True(form <= Chromium.Phone.Width, $"The task form is {form} px wide on a {Chromium.Phone.Width} px screen.");
        Assert.True(File.Exists(Chromium.Screenshot("inbox-390")) && File.Exists(Chromium.Screenshot("task-form-390")));
    }

    [Theory]
    [InlineData("case")]
    [InlineData("pupil")]
    [InlineData("class")]
    [InlineData("dashboard")]
    [InlineData("report")]
    [InlineData("parent")]
    public async Task OnAPhone_EveryOtherPage_FitsThe390PixelScreen(string kind)
    {
        // Arrange: the deputy director reads the school's pages, a parent their own; wide tables scroll inside the page.
        var task = BrowserScenarioTests.IndividualWork(_school);
        var pupil = _school.Data.Pupils.First(p => p.Id == task.PupilId);
        var page = await chromium.Person(_school, "ky-KG", Chromium.Phone);
        var parent = _school.Data.Parents.First(p => p.PupilId == pupil.Id);
        await page.GotoAsync(kind == "parent"
            ? _school.Link(PersonKind.Parent, parent.Id)
            : _school.Link(PersonKind.Staff, _school.First(InternalControl.Kernel.Schools.StaffRole.DeputyDirector).Id));

        // Act
        await page.GotoAsync(kind switch
        {
            "case" => $"/cases/{task.CaseId}",
            "pupil" => $"/pupils/{pupil.Id}",
            "class" => $"/classes/{pupil.ClassId}",
            "dashboard" => "/dashboard",
            "report" => "/reports/quality",
            _ => "/",
        });
        var width = await Width(page, kind);

        // Assert
        Assert.True(width <= Chromium.Phone.Width, $"The {kind} page is {width} px wide on a {Chromium.Phone.Width} px screen.");
        Assert.True(await page.Locator("main h1").CountAsync() > 0);
    }

    public void Dispose() => _school.Dispose();

    private static async Task<int> Width(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot(name + "-390"), FullPage = true });
        return await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
    }
}
