using System.Net;
using InternalControl.Application.Plans;
using InternalControl.Localization;

namespace InternalControl.Web.Tests;

/// <summary>
/// Issue 14, finding 2: a planned control's task in the web inbox names the control (its topic, object and sheet from
/// the school's ВШК plan), not only the step "carry out the control", as `ic tasks` does.
/// </summary>
public sealed class PlanInboxTests(KazakhWebSchool kazakh) : IClassFixture<KazakhWebSchool>
{
    [Fact]
    public async Task Inbox_APlannedControlsTask_CarriesTheControlsTitle()
    {
        // Arrange: a task of the plan's November controls, and what the plan says of its control, in Kazakh.
        var school = kazakh.School;
        var task = school.OpenTasks().First(t => t.Workflow == "plan-control" && (t.ClaimedBy ?? t.Assignee) is not null);
        IReadOnlyDictionary<long, string> titles;
        using (var session = school.Open())
        {
            titles = PlanInbox.Titles(session, new Localizer(Language.Kk));
        }

        var browser = await school.Staff((task.ClaimedBy ?? task.Assignee)!);
        await browser.Post("/language", [new("lang", "kk")], tokenFrom: "/");

        // Act
        var inbox = await browser.Get("/");

        // Assert
        Assert.Equal(HttpStatusCode.OK, inbox.Status);
        Assert.Contains(WebUtility.HtmlEncode(titles[task.CaseId]), inbox.Html, StringComparison.Ordinal);
    }
}
