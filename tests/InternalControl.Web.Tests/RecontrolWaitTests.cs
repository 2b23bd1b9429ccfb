using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Web.Tests;

/// <summary>
/// Seed 000 §3.4: after the decision is heard, a re-control waits about a quarter (40 school days) for its second
/// control, with no task in that time. The dashboard still counts it in the month its wait ends, and the list behind
/// the number names it and leads to its case.
/// </summary>
public sealed partial class RecontrolWaitTests
{
    [Fact]
    public async Task Recontrols_ACaseWaitingForItsSecondControl_CountsInTheMonthItsWaitEnds()
    {
        // Arrange: the deputy director acts on one re-control and the director hears it, so the case waits.
        using var school = WebSchool.Kazakh();
        long caseId;
        DateOnly ends;
        using (var session = school.Open())
        {
            var act = session.Runtime.Tasks(new TaskQuery()).First(t => t.Step == "act" && t.Assignee is not null);
            caseId = act.CaseId;
            Assert.True(session.Runtime.Complete(act.Id, "done", new Dictionary<string, string> { ["output_date"] = "2026-11-27" }, act.Assignee!).Ok);
            var hear = session.Runtime.Tasks(new TaskQuery(CaseId: caseId)).Single();
            Assert.True(session.Runtime.Complete(hear.Id, "heard", new Dictionary<string, string> { ["decision"] = "—" }, hear.Assignee ?? school.First(StaffRole.Director).Id).Ok);
            Assert.Empty(session.Runtime.Tasks(new TaskQuery(CaseId: caseId)));
            ends = session.Runtime.Waits(WebSchool.Start, WebSchool.Start.AddYears(1)).Single(w => w.CaseId == caseId).Ends;
        }

        var start = school.Clock.Now;
        try
        {
            // Act: the first day of the month the wait ends.
            school.Clock.Now = SchoolTime.MorningOf(new DateOnly(ends.Year, ends.Month, 1));
            var director = await school.Staff(school.First(StaffRole.Director).Id);
            var dashboard = await director.Get("/dashboard");
            var list = await director.Get("/dashboard/recontrols");

            // Assert: the waiting case is the month's one re-control, a link to its case with its last day of waiting.
            Assert.Equal(HttpStatusCode.OK, list.Status);
            Assert.Matches(new Regex("<a href=\"/dashboard/recontrols\">[^<]*: 1</a>"), dashboard.Html);
            var row = Assert.Single(RecontrolRow().Matches(list.Html));
            Assert.Contains($"<a href=\"/cases/{caseId}\">", row.Value, StringComparison.Ordinal);
            Assert.Contains(Enum.GetValues<Language>().Select(l => new Localizer(l).Get("Web.Dashboard.Recontrols.Waiting")), text => row.Value.Contains(text, StringComparison.Ordinal));
            Assert.Contains(ends.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Value, StringComparison.Ordinal);
        }
        finally
        {
            school.Clock.Now = start;
        }
    }

    [GeneratedRegex("<tr class=\"recontrol\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RecontrolRow();
}
