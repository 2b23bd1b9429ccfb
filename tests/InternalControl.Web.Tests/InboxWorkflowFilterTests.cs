using System.Net;

namespace InternalControl.Web.Tests;

/// <summary>
/// The inbox's filter by workflow (issue 11), in the sample Kazakh school, whose people have tasks of several workflows:
/// whoever picks one sees only that workflow's tasks out of their own, and the choice stays selected.
/// </summary>
public sealed class InboxWorkflowFilterTests(KazakhWebSchool kazakh) : IClassFixture<KazakhWebSchool>
{
    [Fact]
    public async Task Inbox_FilteredByWorkflow_ShowsOnlyThatWorkflowsTasks()
    {
        // Arrange: someone whose inbox holds tasks of two workflows or more (a teacher if there is one)
        var (browser, mine) = await InboxReader.First(kazakh.School, tasks => tasks.Select(t => t.Workflow).Distinct().Count() >= 2);
        var workflow = mine.GroupBy(t => t.Workflow).OrderBy(g => g.Count()).First().Key;

        // Act
        var page = await browser.Get("/?Workflow=" + Uri.EscapeDataString(workflow));

        // Assert
        var expected = mine.Where(t => t.Workflow == workflow).Select(t => t.Id).Order().ToList();
        Assert.Equal(expected, InboxReader.TaskIds(page.Html).Order().ToList());
        Assert.True(expected.Count < mine.Count);
        Assert.Contains($"<option value=\"{workflow}\" selected=\"selected\">", page.Html, StringComparison.Ordinal);
    }
}
