using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Kernel.Schools;

namespace InternalControl.Web.Tests;

/// <summary>The heads' dashboard on the sample school: its numbers are the runtime's own counts, and each case count leads to its list.</summary>
public sealed partial class DashboardTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Fact]
    public async Task Dashboard_CaseCounts_EqualTheOpenCasesAndLeadToTheirList()
    {
        // Arrange: the open low-achiever cases at each step, counted straight from the runtime.
        using var session = school.Open();
        var expected = session.Runtime.Cases(openOnly: true).Where(c => c.Workflow == "low-achiever")
            .SelectMany(c => c.CurrentSteps.Distinct()).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);

        // Act
        var page = await browser.Get("/dashboard");

        // Assert: every step's number is on the page as a link, and the list behind it has that many cases.
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(expected);
        foreach (var (step, count) in expected)
        {
            var href = $"/cases?workflow=low-achiever&amp;step={step}";
            Assert.Contains($"<a href=\"{href}\">{count}</a>", page.Html, StringComparison.Ordinal);
            var list = await browser.Get(WebUtility.HtmlDecode(href));
            Assert.Equal(count, CaseRow().Count(list.Html));
        }
    }

    [Fact]
    public async Task Dashboard_PupilsAtRiskAndUnexcused_EqualTheSchoolsData()
    {
        // Arrange: the busiest class's pupils with an open case, and its unexcused lessons this quarter.
        using var session = school.Open();
        var quarter = session.Workspace.Calendar.QuarterOf(WebSchool.Start)!;
        var open = session.Runtime.Cases(openOnly: true).Where(c => c.PupilId is not null).Select(c => c.PupilId!).ToHashSet();
        var group = school.Data.Classes.OrderByDescending(c => school.Data.Pupils.Count(p => p.ClassId == c.Id && open.Contains(p.Id))).First();
        var atRisk = school.Data.Pupils.Count(p => p.ClassId == group.Id && open.Contains(p.Id));
        var pupils = school.Data.Pupils.Where(p => p.ClassId == group.Id).Select(p => p.Id).ToHashSet();
        var unexcused = school.Data.Absences.Where(a => pupils.Contains(a.PupilId) && a.Excuse == AbsenceExcuse.None && quarter.Contains(a.Date)).Sum(a => a.Lessons);
        var browser = await school.Staff(school.First(StaffRole.Director).Id);

        // Act
        var page = await browser.Get("/dashboard");

        // Assert
        Assert.True(atRisk > 0);
        Assert.Contains($"<td class=\"number\"><a href=\"/classes/{group.Id}\">{atRisk}</a></td>\n            <td class=\"number\"><a href=\"/classes/{group.Id}\">{unexcused}</a></td>", page.Html.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ForAClassTeacher_DoesNotExist()
    {
        var teacher = school.Data.Classes.Select(c => c.ClassTeacherId).OfType<string>()
            .First(id => !school.Data.Staff.First(s => s.Id == id).Has(StaffRole.DeputyDirector) && !school.Data.Staff.First(s => s.Id == id).Has(StaffRole.Director));
        var browser = await school.Staff(teacher);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get("/dashboard")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get("/cases?workflow=low-achiever&step=individual_work")).Status);
    }

    [GeneratedRegex("<tr class=\"case\">")]
    private static partial Regex CaseRow();
}
