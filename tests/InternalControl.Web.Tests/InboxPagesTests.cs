using System.Net;
using System.Text.RegularExpressions;

namespace InternalControl.Web.Tests;

/// <summary>
/// The inbox a page at a time (issue 11: a teacher with many open tasks): each page lists at most the host's page size,
/// overdue first across the pages, with the range and links to the pages before and after that keep the filters; a page
/// number past either end shows the nearest page.
/// </summary>
public sealed partial class InboxPagesTests
{
    [Fact]
    public async Task Inbox_TwoTasksAPage_EveryTaskOnceOverdueFirstAcrossThePages()
    {
        // Arrange: a host that lists two tasks a page, and a teacher with three tasks or more.
        using var school = WebSchool.WithInboxPages(2);
        var open = school.OpenTasks().ToDictionary(t => t.Id);
        HttpClient? browser = null;
        List<long> seen = [];
        int total = 0;
        foreach (var person in school.Data.Staff.Where(s => open.Values.Count(t => t.Assignee == s.Id) >= 3))
        {
            browser = await school.Staff(person.Id);
            browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

            // Act: the pages one after another, by their "next" links.
            (seen, total) = await Walk(browser, "/");
            if (seen.Count >= 3)
            {
                break;
            }
        }

        // Assert: every page but the last lists two; together they list each task once, as many as the range says, in
        // the order of their due dates (overdue first), as one unpaged list would.
        Assert.NotNull(browser);
        Assert.True(seen.Count >= 3);
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        var ordered = seen.Select(id => open[id]).OrderBy(t => t.Due ?? DateOnly.MaxValue).ThenBy(t => t.Id).Select(t => t.Id);
        Assert.Equal(ordered, seen);
        var first = await browser!.Get("/");
        Assert.Equal(2, InboxReader.TaskIds(first.Html).Count);
        Assert.Contains($"Tasks 1–2 of {total}", first.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?p=2\" rel=\"next\"", first.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?p=0", 1)]
    [InlineData("/?p=-3", 1)]
    [InlineData("/?p=abc", 1)]
    [InlineData("/?p=99999", -1)]
    public async Task Inbox_PageNumberPastEitherEnd_ShowsTheNearestPage(string path, int expected)
    {
        // Arrange
        using var school = WebSchool.WithInboxPages(2);
        var teacher = school.Data.Staff.First(s => school.OpenTasks().Count(t => t.Assignee == s.Id) >= 3);
        var browser = await school.Staff(teacher.Id);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var (_, total) = await Walk(browser, "/");
        var pages = (total + 1) / 2;

        // Act
        var page = await browser.Get(path);

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var shown = expected == -1 ? pages : expected;
        Assert.Contains($"Tasks {((shown - 1) * 2) + 1}–", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_FilteredAndPaged_TheNextLinkKeepsTheFilter()
    {
        // Arrange: a teacher whose tasks of one subject fill more than a page.
        using var school = WebSchool.WithInboxPages(1);
        var open = school.OpenTasks();
        var (teacher, subject) = open.Where(t => t.Assignee is not null && t.SubjectId is not null)
            .GroupBy(t => (t.Assignee!, t.SubjectId!)).First(g => g.Count() >= 2).Key;
        var browser = await school.Staff(teacher);

        // Act
        var page = await browser.Get("/?Subject=" + Uri.EscapeDataString(subject));

        // Assert
        Assert.Single(InboxReader.TaskIds(page.Html));
        Assert.Contains($"href=\"/?Subject={Uri.EscapeDataString(subject)}&amp;p=2\" rel=\"next\"", page.Html, StringComparison.Ordinal);
    }

    /// <summary>Follows the "next" links from <paramref name="path"/>: the tasks of every page in order, and the total the range names.</summary>
    private static async Task<(List<long> Tasks, int Total)> Walk(HttpClient browser, string path)
    {
        var tasks = new List<long>();
        var total = 0;
        for (string? next = path; next is not null && tasks.Count < 10_000;)
        {
            var page = await browser.Get(next);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            tasks.AddRange(InboxReader.TaskIds(page.Html));
            total = Range().Match(page.Html) is { Success: true } range ? int.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : tasks.Count;
            next = Next().Match(page.Html) is { Success: true } link ? WebUtility.HtmlDecode(link.Groups[1].Value) : null;
        }

        return (tasks, total);
    }

    [GeneratedRegex("Tasks [0-9]+–[0-9]+ of ([0-9]+)")]
    private static partial Regex Range();

    [GeneratedRegex("href=\"([^\"]+)\" rel=\"next\"")]
    private static partial Regex Next();
}
