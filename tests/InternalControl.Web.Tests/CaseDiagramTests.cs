using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Localization;
using InternalControl.Workflows;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Web.Tests;

/// <summary>
/// The case page draws the case's workflow with the step the case stands at marked, in the picture and in the list of
/// steps beside it (No. 97 5.1-5.9: the subject teacher's individual work is where a new low-achiever case stands).
/// </summary>
public sealed partial class CaseDiagramTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Theory]
    [InlineData("ky", "иш ушул кадамда")]
    [InlineData("ru", "дело на этом шаге")]
    public async Task CasePage_DrawsTheWorkflow_WithTheCurrentStepMarked_InTheReadersLanguage(string language, string here)
    {
        // Arrange
        var task = school.TaskFor(WorkflowRole.SubjectTeacher);
        var browser = await school.Staff(task.Assignee!);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var step = WorkflowText.Step(task.Workflow, task.Step).Render(Languages.TryParse(language, out var l) ? l.Value : Language.En);

        // Act
        var page = await browser.Get($"/cases/{task.CaseId}");

        // Assert: the marked box is the task's step, and the list says the case is there
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var marked = MarkedStep().Matches(page.Html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Contains(marked, title => title.StartsWith(step, StringComparison.Ordinal));
        Assert.Contains(WebUtility.HtmlEncode($"{step} ({here})"), page.Html, StringComparison.Ordinal);
        Assert.True(Steps().Matches(page.Html).Count > 3, "the whole workflow is drawn, not only the current step");
    }

    [GeneratedRegex("<g class=\"step now\"><title>([^<]+)</title>")]
    private static partial Regex MarkedStep();

    [GeneratedRegex("<g class=\"step")]
    private static partial Regex Steps();
}
