using System.Net;

namespace InternalControl.Web.Tests;

/// <summary>
/// The inbox's filters by subject (issue 11): a teacher who picks a subject sees only the tasks of that subject out of
/// their own, the choice stays selected, and with no choice they see them all again. By workflow:
/// <see cref="InboxWorkflowFilterTests"/>.
/// </summary>
public sealed class InboxFilterTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Fact]
    public async Task Inbox_FilteredBySubject_ShowsOnlyThatSubjectsTasksOfTheTeachers()
    {
        // Arrange: a teacher whose inbox holds tasks of two subjects or more
        var (browser, mine) = await InboxReader.First(school, tasks => tasks.Select(t => t.SubjectId).OfType<string>().Distinct().Count() >= 2);
        var subject = mine.First(t => t.SubjectId is not null).SubjectId!;

        // Act
        var page = await browser.Get("/?Subject=" + Uri.EscapeDataString(subject));
        var again = await browser.Get("/?Subject=");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var expected = mine.Where(t => t.SubjectId == subject).Select(t => t.Id).Order().ToList();
        Assert.Equal(expected, InboxReader.TaskIds(page.Html).Order().ToList());
        Assert.True(expected.Count < mine.Count);
        Assert.Contains($"<option value=\"{subject}\" selected=\"selected\">", page.Html, StringComparison.Ordinal);
        Assert.Equal(mine.Select(t => t.Id).Order().ToList(), InboxReader.TaskIds(again.Html).Order().ToList());
    }

    [Fact]
    public async Task Inbox_FilteredBySubjectAndWorkflowThatMeetNowhere_ShowsNoTask()
    {
        // Arrange
        var (browser, mine) = await InboxReader.First(school, tasks => tasks.Select(t => t.SubjectId).OfType<string>().Distinct().Count() >= 2);
        var subject = mine.First(t => t.SubjectId is not null).SubjectId!;

        // Act: a subject of the inbox and a workflow none of its tasks has
        var page = await browser.Get("/?Subject=" + Uri.EscapeDataString(subject) + "&Workflow=no-such-workflow");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(InboxReader.TaskIds(page.Html));
    }
}
