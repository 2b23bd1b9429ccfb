using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Application.Plans;
using InternalControl.Kernel.Concepts;
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

    [Theory]
    [InlineData("90-plan-copy.icp")]
    [InlineData("30-internal-control-plan.icp")]
    public async Task Inbox_AfterACopyTookThePlanOver_ATaskOfTheShippedWorkflowKeepsItsControlsTitle(string file)
    {
        // Arrange: Order No. 130 (seed 000 §2.1). November's controls run on the shipped "plan-control"; then the school
        // attaches a copy, "жоспарлы-бақылау", tagged plan_control, which the controls of later months start: beside the
        // shipped file (a later file), or in its place (the shipped file's name, the shipped workflow gone).
        using var school = WebSchool.Kazakh();
        var task = school.OpenTasks().First(t => t.Workflow == "plan-control" && (t.ClaimedBy ?? t.Assignee) is not null);
        string title;
        using (var session = school.Open())
        {
            title = PlanInbox.Titles(session, new Localizer(Language.Kk))[task.CaseId];
        }

        var shipped = PolicyText.Shipped("kz").Single(f => f.File == "30-internal-control-plan.icp");
        var copy = file == shipped.File
            ? shipped.Text.Replace("\"plan-control\"", "\"жоспарлы-бақылау\"", StringComparison.Ordinal)
            : PolicyText.With(PlanControlBlock().Match(shipped.Text).Value.Replace("\"plan-control\"", "\"жоспарлы-бақылау\"", StringComparison.Ordinal), name: "kz-internal-control", country: "kz");
        school.Workspace.Database.Policies.Attach(school.Workspace.School.Id, new PolicySource(file, copy), school.Clock.GetUtcNow());
        using (var session = school.Open())
        {
            Assert.Equal("жоспарлы-бақылау", session.Definitions.LatestTagged(ReportTag.PlanControl)?.Name);
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
