using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using InternalControl.Application.Reports;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Testing;
using Microsoft.Playwright;

namespace InternalControl.Web.Tests.Browser;

/// <summary>
/// The deputy director's workbench in the real browser (Debian's Chromium): the dashboard's charts drawn from their
/// tables (and the tables alone without JavaScript), the report downloads opened as a person would open them, and
/// axe on the dashboard with its charts and on the report pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkbenchBrowserTests(Chromium chromium) : IDisposable
{
    private readonly WebSchool _school = WebSchool.Served();
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Dashboard_DrawsEachChartFromItsTable_AndWithoutJavaScriptShowsTheTablesAlone()
    {
        // Arrange
        var page = await chromium.Staff(_school, _school.First(StaffRole.DeputyDirector).Id, "ky-KG");
        var plain = await chromium.Staff(_school, _school.First(StaffRole.Director).Id, "ky-KG", javaScript: false);

        // Act
        await page.GotoAsync("/dashboard");
        var charts = page.Locator("div.chart canvas[role=img]");
        await charts.Nth(2).WaitForAsync();
        var labels = await charts.EvaluateAllAsync<string[]>("cs => cs.map(c => c.getAttribute('aria-label'))");
        var drawn = await charts.EvaluateAllAsync<int[]>("cs => cs.map(c => c.width)");
        await plain.GotoAsync("/dashboard");

        // Assert: three charts, named in Kyrgyz and drawn; without JavaScript no chart shows and every table does.
        Assert.Equal(3, labels.Length);
        Assert.All(labels, l => Assert.EndsWith("сандары төмөнкү таблицада.", l, StringComparison.Ordinal));
        Assert.All(drawn, w => Assert.True(w > 0));
        Assert.Equal(0, await plain.Locator("div.chart canvas").CountAsync());
        Assert.False(await plain.Locator("div.chart").First.IsVisibleAsync());
        Assert.True(await plain.Locator("#classes-table").IsVisibleAsync());
        Assert.True(await plain.Locator("#cases-table").IsVisibleAsync());
    }

    [Fact]
    public async Task DeputyDirector_DownloadsTheDocxAndTheXlsxOfAReport_AndTheFilesHoldItsHeadingAndRows()
    {
        // Arrange: the 5.9 report of the class with the most rows, as the application builds it in Kyrgyz.
        using var session = _school.Open();
        var texts = new Localizer(Language.Ky);
        var (group, table) = _school.Data.Classes
            .Select(c => (c, ReportCatalog.Build(new ReportRequest("report-5-9") { ClassId = c.Id }, session, texts)))
            .OrderByDescending(x => x.Item2.Rows.Count).First();
        var page = await chromium.Staff(_school, _school.First(StaffRole.DeputyDirector).Id, "ky-KG");
        await page.GotoAsync("/reports/report-5-9?class=" + group.Id);

        // Act: the page's own download links, clicked.
        var docx = await page.RunAndWaitForDownloadAsync(() => page.Locator(".downloads a[href*='format=docx']").ClickAsync());
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.Locator(".downloads a[href*='format=xlsx']").ClickAsync());
        var docxPath = _temp.File(docx.SuggestedFilename);
        var xlsxPath = _temp.File(xlsx.SuggestedFilename);
        await docx.SaveAsAsync(docxPath);
        await xlsx.SaveAsAsync(xlsxPath);

        // Assert: the document's heading and table rows, the workbook's title, headings and rows: the report's own.
        Assert.Equal(("report-5-9.docx", "report-5-9.xlsx"), (docx.SuggestedFilename, xlsx.SuggestedFilename));
        Assert.NotEmpty(table.Rows);
        var document = DocxDocument.Read(docxPath);
        Assert.Equal([table.Title], document.Headings);
        Assert.Equal(table.Columns.Select(c => c.Heading), document.Tables.Single()[0]);
        Assert.Equal(table.Rows.Select(r => r.Select(c => c.Format(texts)).ToList()), document.Tables.Single().Skip(1).Select(r => r.ToList()));
        var sheet = XlsxSheet.Read(xlsxPath);
        Assert.Equal(table.Title, sheet.Text(1, 1));
        Assert.Equal(table.Columns.Select(c => c.Heading), Enumerable.Range(1, table.Columns.Count).Select(c => sheet.Text(2, c)));
        Assert.Equal(table.Rows[0][0].Format(texts), sheet.Text(3, 1));
        Assert.Equal(table.Rows.Count + 2, sheet.RowCount - (table.Notes.Count > 0 ? table.Notes.Count + 1 : 0));
    }

    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/reports")]
    [InlineData("/reports/quality")]
    [InlineData("/reports/report-5-9")]
    public async Task WorkbenchPage_HasNoSeriousOrCriticalAxeViolation(string path)
    {
        // Arrange
        var page = await chromium.Staff(_school, _school.First(StaffRole.DeputyDirector).Id, "ky-KG");

        // Act: on the dashboard, once its charts are drawn.
        await page.GotoAsync(path);
        if (path == "/dashboard")
        {
            await page.Locator("div.chart canvas").Nth(2).WaitForAsync();
        }

        var result = await page.RunAxe();

        // Assert
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
        Assert.NotEmpty(result.Passes);
    }

    public void Dispose()
    {
        _school.Dispose();
        _temp.Dispose();
    }
}
