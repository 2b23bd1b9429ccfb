using System.Net;
using System.Text;
using InternalControl.Application.Access;
using InternalControl.Application.Reports;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Testing;

namespace InternalControl.Web.Tests;

/// <summary>Every `ic report` as a page: the same columns in the reader's language, filters, downloads, and who may read which.</summary>
public sealed class ReportPagesTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("ky")]
    [InlineData("en")]
    public async Task ReportPage_EveryReportForTheDeputy_HasTheColumnsOfTheCliInTheReadersLanguage(string language)
    {
        // Arrange
        var browser = await Deputy(language);
        Assert.True(Languages.TryParse(language, out var parsed));
        var texts = new Localizer(parsed.Value);

        foreach (var name in ReportCatalog.Names)
        {
            // Act
            var page = await browser.Get("/reports/" + name);

            // Assert: the headings are those of the table `ic report` builds for the same reader.
            Assert.Equal(HttpStatusCode.OK, page.Status);
            using var session = school.Open();
            var table = ReportCatalog.Build(new ReportRequest(name) { Quarter = CaseReports.Names.Contains(name) ? null : 2 }, session, texts);
            foreach (var column in table.Columns)
            {
                Assert.True(Headings(page.Html).Contains(column.Heading), $"{name}: {column.Heading} not in [{string.Join("|", Headings(page.Html))}]");
            }
        }
    }

    [Fact]
    public async Task ReportPage_ClassFilter_ShowsOnlyThatClassesRows()
    {
        // Arrange: 5.9 over the sample's cases, the whole school and then one class.
        var browser = await Deputy("ru");
        var group = Busiest();

        // Act
        var all = await browser.Get("/reports/report-5-9");
        var one = await browser.Get("/reports/report-5-9?class=" + group.Id);

        // Assert
        var others = school.Data.Classes.Where(c => c.Id != group.Id).Select(c => $"<td class=\"\">{WebUtility.HtmlEncode(c.Name)}</td>").ToList();
        Assert.True(Rows(one.Html) > 0);
        Assert.True(Rows(all.Html) > Rows(one.Html));
        Assert.All(others, other => Assert.DoesNotContain(other, one.Html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReportPage_MonthFilter_ChangesTheRows_AndShowsTheMonthChosen()
    {
        // Arrange: a school of its own, where a subject teacher records their 5.1-5.9 work in November, which goes into
        // the subject teacher's register (No. 97 6.5).
        using var own = new WebSchool();
        var task = own.OpenTasks().First(t => t.Step == "individual_work" && t.Assignee is not null);
        var teacher = await own.Staff(task.Assignee!);
        var done = await teacher.Post($"/tasks/{task.Id}", Forms.Valid(task, WebSchool.Start), tokenFrom: $"/tasks/{task.Id}");
        var deputy = await own.Staff(own.First(StaffRole.DeputyDirector).Id);

        // Act
        var september = await deputy.Get("/reports/teacher-work?month=2026-09");
        var november = await deputy.Get("/reports/teacher-work?month=2026-11");

        // Assert
        Assert.True(done.Status is HttpStatusCode.OK or HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.OK, november.Status);
        Assert.Equal(0, Rows(september.Html));
        Assert.Equal(1, Rows(november.Html));
        Assert.Contains("<option value=\"2026-11\" selected", november.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await deputy.Get("/reports/teacher-work?month=2026-13")).Status);
    }

    [Fact]
    public async Task ReportPage_QuarterFilter_ChangesTheRows()
    {
        // Arrange: the sample's cases opened in the second quarter (November); none in the first.
        var browser = await Deputy("en");

        // Act
        var first = await browser.Get("/reports/report-5-9?quarter=1");
        var second = await browser.Get("/reports/report-5-9?quarter=2");

        // Assert
        Assert.Equal(0, Rows(first.Html));
        Assert.True(Rows(second.Html) > 0);
    }

    [Fact]
    public async Task ReportPage_Downloads_CsvXlsxAndDocxHoldTheSameReport()
    {
        // Arrange
        var browser = await Deputy("kk");
        var group = Busiest();
        using var session = school.Open();
        var table = ReportCatalog.Build(new ReportRequest("report-5-9") { ClassId = group.Id }, session, new Localizer(Language.Kk));
        using var temp = new TempFolder();

        // Act
        var csv = await browser.GetAsync(new Uri($"/reports/report-5-9?class={group.Id}&format=csv", UriKind.Relative));
        var xlsx = await browser.GetAsync(new Uri($"/reports/report-5-9?class={group.Id}&format=xlsx", UriKind.Relative));
        var docx = await browser.GetAsync(new Uri($"/reports/report-5-9?class={group.Id}&format=docx", UriKind.Relative));

        // Assert: CSV with a BOM and the title first; the workbook's title and headings; the document's heading and rows.
        var csvText = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.True(csvText.StartsWith("\uFEFF" + table.Title, StringComparison.Ordinal), csvText[..Math.Min(300, csvText.Length)]);
        var path = temp.File("report.xlsx");
        await File.WriteAllBytesAsync(path, await xlsx.Content.ReadAsByteArrayAsync());
        var sheet = XlsxSheet.Read(path);
        Assert.Equal((table.Title, table.Columns[0].Heading), (sheet.Text(1, 1), sheet.Text(2, 1)));
        Assert.Equal(table.Rows.Count + 2, sheet.RowCount - (table.Notes.Count > 0 ? table.Notes.Count + 1 : 0));
        var document = DocxDocument.Read(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()));
        Assert.Equal([table.Title], document.Headings);
        Assert.Equal(table.Rows.Select(r => r.Select(c => c.Format(new Localizer(Language.Kk))).ToList()), document.Tables.Single().Skip(1).Select(r => r.ToList()));
        Assert.Equal("attachment; filename=report-5-9.docx", docx.Content.Headers.ContentDisposition?.ToString().Split(';').Take(2).Aggregate((a, b) => a + ";" + b));
    }

    [Fact]
    public async Task ReportPage_DocxOfAReportThatIsNoDocument_IsNotFound()
    {
        var browser = await Deputy("en");

        var page = await browser.Get("/reports/quality?format=docx");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task ClassTeacher_ReadsTheirClassOnly_AndNotTheRegistersOrAnotherClass()
    {
        // Arrange: a class teacher who is not one of the heads.
        var group = school.Data.Classes.First(c => c.ClassTeacherId is { } t && !school.Data.Staff.First(s => s.Id == t).Has(StaffRole.DeputyDirector) && !school.Data.Staff.First(s => s.Id == t).Has(StaffRole.Director));
        var other = school.Data.Classes.First(c => c.Id != group.Id && c.ClassTeacherId != group.ClassTeacherId);
        var browser = await school.Staff(group.ClassTeacherId!);

        // Act
        var own = await browser.Get("/reports/quality");
        var foreign = await browser.Get("/reports/quality?class=" + other.Id);
        var monthly = await browser.Get("/reports/monthly");
        var evaluations = await browser.Get("/reports/evaluations");
        var list = await browser.Get("/reports");

        // Assert: their class is the only one offered and shown; the rest answers as if it did not exist.
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains($"<option value=\"{group.Id}\" selected=\"selected\">", own.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{other.Id}\"", own.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.Equal(HttpStatusCode.NotFound, monthly.Status);
        Assert.Equal(HttpStatusCode.NotFound, evaluations.Status);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.DoesNotContain("/reports/monthly", list.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubjectTeacherAndParent_HaveNoReports()
    {
        // Arrange: a subject teacher who leads no class, and a parent.
        var teacher = school.Data.Staff.First(s => s.Has(StaffRole.SubjectTeacher) && school.Data.Classes.All(c => c.ClassTeacherId != s.Id) && !s.Has(StaffRole.DeputyDirector) && !s.Has(StaffRole.Director));
        var parent = school.Data.Parents.First();
        var staff = await school.Staff(teacher.Id);
        var family = await school.SignedIn(PersonKind.Parent, parent.Id);

        // Act + Assert
        foreach (var browser in new[] { staff, family })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.Get("/reports")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.Get("/reports/report-5-9")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.Get("/reports/report-5-9?format=xlsx")).Status);
        }
    }

    [Fact]
    public async Task ReportPage_Addresses_HoldNoPupilName()
    {
        var browser = await Deputy("ru");

        var page = await browser.Get("/reports/report-5-10");

        var links = System.Text.RegularExpressions.Regex.Matches(page.Html, "href=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));
        Assert.All(links, link => Assert.DoesNotContain(school.Data.Pupils, p => link.Contains(p.FullName, StringComparison.Ordinal) || link.Contains(Uri.EscapeDataString(p.FullName), StringComparison.Ordinal)));
    }

    private async Task<HttpClient> Deputy(string language)
    {
        var browser = await school.Staff(school.First(StaffRole.DeputyDirector).Id);
        await browser.Post("/language", [new("lang", language)], tokenFrom: "/reports");
        return browser;
    }

    // The class with the most low-achiever cases.
    private ClassGroup Busiest()
    {
        using var session = school.Open();
        var pupils = school.Data.Pupils.ToDictionary(p => p.Id);
        var id = session.Runtime.Cases().Where(c => c.Workflow == "low-achiever" && c.PupilId is not null)
            .GroupBy(c => pupils[c.PupilId!].ClassId).OrderByDescending(g => g.Count()).First().Key;
        return school.Data.Classes.First(c => c.Id == id);
    }

    private static List<string> Headings(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<th scope=\"col\">([^<]*)</th>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static int Rows(string html)
    {
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
        return System.Text.RegularExpressions.Regex.Matches(body, "<tr>").Count;
    }
}
