using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Application.Dashboards;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Web.Tests;

/// <summary>
/// The dashboard's charts (Chart.js from the locked npm package, in the committed bundle) with their numbers as
/// tables, and the overdue tasks by person, each number leading to that person's overdue tasks, on the sample Kyrgyz school.
/// </summary>
public sealed partial class DashboardWorkbenchTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Fact]
    public async Task ChartScript_IsServed_FromTheCommittedBuildOfTheLockedChartJs()
    {
        // Arrange
        var locked = Frontend.Locked("chart.js");

        // Act: served as JavaScript
        var script = await Frontend.Script(school, "/dashboard-charts.js");

        // Assert
        Assert.StartsWith($"/*! dashboard charts: chart.js@{locked}, ", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_EachChartNamesItsTable_AndTheTableCarriesTheChartsNumbers()
    {
        // Arrange: the first class's knowledge quality this quarter, as the dashboard computes it.
        using var session = school.Open();
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        var texts = new InternalControl.Localization.Localizer(InternalControl.Localization.Language.Ru);
        var first = SchoolDashboard.Build(session, texts).Classes.First(c => c.Quality is not null);

        // Act
        var page = await browser.Get("/dashboard");

        // Assert: the charts are hidden until the script draws them (the tables are the page without JavaScript),
        // each names a table on the page, and the table's cell holds the chart's number beside the shown text.
        Assert.Contains("<script src=\"/dashboard-charts.js\" defer></script>", page.Html, StringComparison.Ordinal);
        var charts = Chart().Matches(page.Html);
        Assert.Equal(3, charts.Count);
        Assert.All(charts, c => Assert.Contains($"<table id=\"{c.Groups[1].Value}\"", page.Html, StringComparison.Ordinal));
        var value = first.Quality!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"data-series=\"quality\" data-value=\"{value}\">", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_OverdueCounts_LeadToThatPersonsOverdueTasks()
    {
        // Arrange: a school of its own, three weeks on, so that tasks nobody worked are overdue.
        using var own = new WebSchool();
        own.Clock.Now = SchoolTime.MorningOf(WebSchool.Start.AddDays(21));
        using var session = own.Open();
        var today = session.Workspace.Today;
        var expected = session.Runtime.Tasks(new TaskQuery()).Where(t => t.Due < today && (t.ClaimedBy ?? t.Assignee) is not null)
            .GroupBy(t => (t.ClaimedBy ?? t.Assignee)!).ToDictionary(g => g.Key, g => g.Count());
        var browser = await own.Staff(own.First(StaffRole.DeputyDirector).Id);

        // Act
        var page = await browser.Get("/dashboard");

        // Assert: each person's number is a link, and the list behind it has that many tasks, each overdue.
        Assert.NotEmpty(expected);
        foreach (var (person, count) in expected)
        {
            var href = "/dashboard/overdue?person=" + Uri.EscapeDataString(person);
            Assert.Contains($"<a href=\"{href}\">{count}</a>", page.Html, StringComparison.Ordinal);
            var list = await browser.Get(href);
            Assert.Equal(HttpStatusCode.OK, list.Status);
            Assert.Equal(count, OverdueRow().Count(list.Html));
            Assert.Contains(own.Data.Staff.Single(s => s.Id == person).FullName, list.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Dashboard_AClasssQualityAndSuccess_LeadToItsQualityReport_ThisQuarterAndTheLast()
    {
        // Arrange: a class with figures in both quarters (27 November is in the second quarter).
        using var session = school.Open();
        var texts = new InternalControl.Localization.Localizer(InternalControl.Localization.Language.Ru);
        var board = SchoolDashboard.Build(session, texts);
        var figures = board.Classes.First(c => c.Quality is not null && c.LastQuality is not null);
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);

        // Act
        var page = await browser.Get("/dashboard");

        // Assert: each of the four percentages is a link to the class's quality report of its quarter, whose
        // per-pupil row shows the same percentage.
        Assert.Equal(2, board.Quarter);
        var row = page.Html[page.Html.IndexOf($"<tr data-label=\"{figures.Name}\">", StringComparison.Ordinal)..];
        foreach (var (series, quarter, value) in new[]
        {
            ("quality", 2, figures.Quality), ("lastQuality", 1, figures.LastQuality),
            ("success", 2, figures.Success), ("lastSuccess", 1, figures.LastSuccess),
        })
        {
            var link = Regex.Match(row, $"data-series=\"{series}\" data-value=\"[0-9.]*\"><a href=\"([^\"]+)\">([^<]+)</a>");
            Assert.True(link.Success, series);
            var href = System.Net.WebUtility.HtmlDecode(link.Groups[1].Value);
            Assert.Equal($"/reports/quality?class={Uri.EscapeDataString(figures.ClassId)}&quarter={quarter}", href);
            Assert.Equal(value!.Value.ToString("0.0", texts.Culture), link.Groups[2].Value);
            var report = await browser.Get(href);
            Assert.Equal(HttpStatusCode.OK, report.Status);
            Assert.Contains($"<td class=\"number\">{link.Groups[2].Value}", report.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OverdueList_ForAClassTeacher_DoesNotExist_AndAKyrgyzSchoolHasNoMatrix()
    {
        // Arrange
        var teacher = school.Data.Classes.Select(c => c.ClassTeacherId).OfType<string>()
            .First(id => !school.Data.Staff.First(s => s.Id == id).Has(StaffRole.DeputyDirector) && !school.Data.Staff.First(s => s.Id == id).Has(StaffRole.Director));
        var browser = await school.Staff(teacher);
        var director = await school.Staff(school.First(StaffRole.Director).Id);

        // Act
        var own = await browser.Get("/dashboard/overdue?person=" + teacher);
        var dashboard = await director.Get("/dashboard");
        var matrix = await director.Get("/dashboard/matrix?sheet=II.3&group=A");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, own.Status);
        Assert.Equal(HttpStatusCode.OK, (await director.Get("/dashboard/overdue?person=" + teacher)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await director.Get("/dashboard/overdue?person=nobody")).Status);
        Assert.DoesNotContain("id=\"matrix\"", dashboard.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, matrix.Status);
    }

    [GeneratedRegex("<div class=\"chart\" hidden data-chart-table=\"([a-z-]+)\"")]
    private static partial Regex Chart();

    [GeneratedRegex("<tr class=\"task overdue\">")]
    private static partial Regex OverdueRow();
}
