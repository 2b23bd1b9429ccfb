using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Application.Plans;
using InternalControl.Kernel.Policies;
using InternalControl.Localization;
using InternalControl.Testing.Policies;

namespace InternalControl.Web.Tests;

/// <summary>
/// Issue 14, finding 2: a planned control's task in the web inbox names the control (its topic, object and sheet from
/// the school's ВШК plan), not only the step "carry out the control", as `ic tasks` does.
/// </summary>
public sealed partial class PlanInboxTests(KazakhWebSchool kazakh) : IClassFixture<KazakhWebSchool>
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

    [Fact]
    public async Task Inbox_AfterAnOverlaysCopyTookThePlanOver_ATaskOfTheShippedWorkflowKeepsItsControlsTitle()
    {
        // Arrange: Order No. 130 (seed 000 §2.1). November's controls run on the shipped "plan-control"; then the school
        // attaches a copy, "жоспарлы-бақылау", tagged plan_control too, which the controls of later months start.
        using var school = WebSchool.Kazakh();
        var task = school.OpenTasks().First(t => t.Workflow == "plan-control" && (t.ClaimedBy ?? t.Assignee) is not null);
        string title;
        using (var session = school.Open())
        {
            title = PlanInbox.Titles(session, new Localizer(Language.Kk))[task.CaseId];
        }

        var shipped = PolicyText.Shipped("kz").Single(f => f.File == "30-internal-control-plan.icp");
        var copy = PlanControlBlock().Match(shipped.Text).Value.Replace("\"plan-control\"", "\"жоспарлы-бақылау\"", StringComparison.Ordinal);
        school.Workspace.Database.Policies.Attach(school.Workspace.School.Id, new PolicySource("90-plan-copy.icp", PolicyText.With(copy, name: "kz-internal-control", country: "kz")), school.Clock.GetUtcNow());
        using (var session = school.Open())
        {
            Assert.Equal(["plan-control", "жоспарлы-бақылау"], PlanTasks.WorkflowNames(session).Order(StringComparer.Ordinal));
        }

        var browser = await school.Staff((task.ClaimedBy ?? task.Assignee)!);
        await browser.Post("/language", [new("lang", "kk")], tokenFrom: "/");

        // Act
        var inbox = await browser.Get("/?Workflow=plan-control");

        // Assert: the task still names its control.
        Assert.Equal(HttpStatusCode.OK, inbox.Status);
        Assert.Contains($"href=\"/tasks/{task.Id}\"", inbox.Html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(title), inbox.Html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^workflow ""plan-control"".*?^end$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex PlanControlBlock();
}
