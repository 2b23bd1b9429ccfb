using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using InternalControl.Application.Demo;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Workflows;

namespace InternalControl.Web.Tests;

/// <summary>
/// The pupil page lists the pupil's closed cases too, each with how it ended, in the reader's language (issue 11): the
/// demo's staff work the school's cases for 30 school days, as `ic demo` does, so that some close.
/// </summary>
public sealed class PupilClosedCasesTests : IDisposable
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly WebSchool school = new();

    public void Dispose() => school.Dispose();

    [Fact]
    public async Task PupilPage_ListsAClosedCaseWithHowItEnded_InKyrgyzAndInRussian()
    {
        // Arrange
        using (var session = school.Open())
        {
            DemoWeeks.Run(session, school.Clock, 30, Language.Ky);
        }

        (long Id, string PupilId, string Workflow, string Result) closed;
        using (var session = school.Open())
        {
            var summary = session.Runtime.Cases().First(c => !c.IsOpen && c.PupilId is not null && c.Result is not null);
            closed = (summary.Id, summary.PupilId!, summary.Workflow, summary.Result!);
        }

        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);

        foreach (var language in new[] { Language.Ky, Language.Ru })
        {
            // Act
            await browser.Post("/language", [new("lang", language.Code())], tokenFrom: "/");
            var page = await browser.Get($"/pupils/{closed.PupilId}");

            // Assert
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var label = $"<a href=\"/cases/{closed.Id}\">{Html.Encode(WorkflowText.Workflow(closed.Workflow).Render(language))}</a>";
            Assert.Contains(label, page.Html, StringComparison.Ordinal);
            var ended = Html.Encode(Texts.Get("Web.Case.Closed", language, WorkflowText.Outcome(closed.Result).Render(language)));
            Assert.Contains(label + " — " + ended, page.Html, StringComparison.Ordinal);
        }
    }
}
