using System.Net;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Web.Tests;

/// <summary>The inbox lists my tasks with due dates in school days, overdue first.</summary>
public sealed class InboxTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Fact]
    public async Task Inbox_ListsMyTasks_OverdueFirst_WithDueDatesInSchoolDays()
    {
        var task = school.TaskFor(WorkflowRole.SubjectTeacher);
        var mine = school.OpenTasks().Where(t => t.Assignee == task.Assignee).ToList();
        var browser = await school.Staff(task.Assignee!);

        var page = await browser.Get("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.All(mine, t => Assert.Contains($"/tasks/{t.Id}\"", page.Html, StringComparison.Ordinal));
        var positions = mine.OrderBy(t => t.Due ?? DateOnly.MaxValue).ThenBy(t => t.Id).Select(t => page.Html.IndexOf($"/tasks/{t.Id}\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(positions.Order().ToList(), positions);
        Assert.Contains("окуу күн", page.Html, StringComparison.Ordinal);
    }
}
