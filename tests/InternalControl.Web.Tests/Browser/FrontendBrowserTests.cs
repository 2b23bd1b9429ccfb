using InternalControl.Kernel.Schools;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace InternalControl.Web.Tests.Browser;

/// <summary>Pages read without JavaScript; with it, htmx refreshes the inbox's task list in place when a filter changes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FrontendBrowserTests(Chromium chromium) : IDisposable
{
    private readonly WebSchool _school = WebSchool.Served();

    [Fact]
    public async Task WithoutJavaScript_TheInboxTaskAndCasePagesRead_AndTheFiltersApply()
    {
        // Arrange
        var (task, pupil) = TaskInOneOfSeveralClasses();
        var page = await chromium.Staff(_school, task.Assignee!, "ru-RU", javaScript: false);

        // Act: filter by the pupil's class with the Apply button, then open the task and its case.
        await page.Locator("select[name=Class]").SelectOptionAsync(pupil.ClassId);
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**/?Class={pupil.ClassId}*");
        var rows = await page.Locator("#inbox tbody tr").CountAsync();
        await page.Locator($"a[href='/tasks/{task.Id}']").ClickAsync();
        var form = await page.Locator("main").InnerTextAsync();
        await page.Locator($"a[href='/cases/{task.CaseId}']").First.ClickAsync();

        // Assert
        Assert.True(rows > 0);
        Assert.Contains(pupil.FullName, form, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("main h1")).Not.ToBeEmptyAsync();
        Assert.Equal(0, await page.Locator($"#inbox tbody tr").CountAsync());
    }

    [Fact]
    public async Task WithHtmx_AFilterChange_RefreshesOnlyTheTaskList_AndTheAddress()
    {
        // Arrange
        var (task, pupil) = TaskInOneOfSeveralClasses();
        var page = await chromium.Staff(_school, task.Assignee!, "ru-RU");
        var before = Count(await page.Locator("#inbox h2").InnerTextAsync());
        await page.EvaluateAsync("() => window.stillTheSamePage = true");

        // Act: choosing a class, with no click on Apply.
        await page.Locator("select[name=Class]").SelectOptionAsync(pupil.ClassId);

        // The address is polled rather than awaited as a navigation: htmx's pushState can land before Playwright's
        // navigation waiter is listening, and under load that waiter then never resolves.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($@"/\?Class={Regex.Escape(pupil.ClassId)}(&|$)"));
        await Assertions.Expect(page.Locator($"#inbox a[href='/tasks/{task.Id}']")).ToBeVisibleAsync();

        // Assert: the same page (no reload), and fewer tasks (the count over every page of the list), some on this page.
        var after = Count(await page.Locator("#inbox h2").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"));
        Assert.InRange(after, 1, before - 1);
        Assert.True(await page.Locator("#inbox tbody tr").CountAsync() > 0);
    }

    /// <summary>The number in the task list's heading ("Задачи: 73"): its tasks over every page.</summary>
    private static int Count(string heading) => int.Parse(Regex.Match(heading, "[0-9]+").Value, System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _school.Dispose();

    /// <summary>A task of a teacher whose inbox holds tasks of more than one class, and its pupil.</summary>
    private (InternalControl.Workflows.Tasks.WorkflowTask Task, Pupil Pupil) TaskInOneOfSeveralClasses()
    {
        var classOf = _school.Data.Pupils.ToDictionary(p => p.Id, p => p.ClassId);
        var task = _school.OpenTasks().Where(t => t.Assignee is not null && t.PupilId is not null)
            .GroupBy(t => t.Assignee).First(g => g.Select(t => classOf[t.PupilId!]).Distinct().Count() > 1)
            // The first due, which the inbox lists on its first page whatever the filter.
            .OrderBy(t => t.Due ?? DateOnly.MaxValue).ThenBy(t => t.Id).First();
        return (task, _school.Data.Pupils.First(p => p.Id == task.PupilId));
    }
}
