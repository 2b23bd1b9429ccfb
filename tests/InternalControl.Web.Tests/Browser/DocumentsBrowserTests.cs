using Deque.AxeCore.Playwright;
using InternalControl.Application.Documents;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Testing;
using Microsoft.Playwright;

namespace InternalControl.Web.Tests.Browser;

/// <summary>The documents page in the real browser (Debian's Chromium): the deputy director finds it from the reports and downloads the council's minutes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DocumentsBrowserTests(Chromium chromium) : IDisposable
{
    private readonly WebSchool _school = WebSchool.Served();
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task DeputyDirector_DownloadsTheMinutesOfQuarterTwoInKazakh_AndTheFileHoldsEveryPupil()
    {
        // Arrange: the minutes as the application fills them in Kazakh for quarter 2.
        using var session = _school.Open();
        var content = SchoolDocuments.Content(new DocumentRequest(DocumentKind.Minutes) { Quarter = 2 }, session, new Localizer(Language.Kk));
        var page = await chromium.Staff(_school, _school.First(StaffRole.DeputyDirector).Id, "kk-KZ");
        await page.GotoAsync("/reports");

        // Act: the link on the reports page, then the minutes' form with quarter 2, submitted.
        await page.Locator("a[href='/documents']").ClickAsync();
        var form = page.Locator("form[action='/documents/minutes']");
        await form.Locator("select[name=period]").SelectOptionAsync("2");
        var download = await page.RunAndWaitForDownloadAsync(() => form.Locator("button[type=submit]").ClickAsync());
        var path = _temp.File(download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var axe = await page.RunAxe();

        // Assert: the heading, one row per pupil with a "2", no placeholder left; the page has no serious axe violation.
        Assert.Equal("minutes.docx", download.SuggestedFilename);
        var document = DocxDocument.Read(path);
        Assert.Equal(["ХАТТАМА № ___"], document.Headings);
        Assert.NotEmpty(content.Items);
        Assert.Equal(content.Items.Select(i => i["pupil"]), document.Tables.Single().Skip(1).Select(r => r[1]));
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("{{", StringComparison.Ordinal));
        Assert.DoesNotContain(axe.Violations, v => v.Impact is "serious" or "critical");
    }

    public void Dispose()
    {
        _school.Dispose();
        _temp.Dispose();
    }
}
