using System.Net;
using InternalControl.Application.Documents;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Testing;

namespace InternalControl.Web.Tests;

/// <summary>
/// `/documents`: the reference note, the council's minutes and the director's order as DOCX downloads, for the deputy
/// director and the director only, filled as `ic document` fills them; a broken template of the school is refused on the page.
/// </summary>
public sealed class DocumentPagesTests(WebSchool school) : IClassFixture<WebSchool>
{
    [Fact]
    public async Task Deputy_DownloadsTheMinutesInKyrgyz_OneRowPerPupilAsTheCliFillsIt()
    {
        // Arrange
        var browser = await Head(StaffRole.DeputyDirector, "ky");
        using var session = school.Open();
        var content = SchoolDocuments.Content(new DocumentRequest(DocumentKind.Minutes) { Quarter = 2 }, session, new Localizer(Language.Ky));

        // Act
        var list = await browser.Get("/documents");
        var response = await browser.GetAsync(new Uri("/documents/minutes?period=2", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains("action=\"/documents/minutes\"", list.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = DocxDocument.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(["ПРОТОКОЛ № ___"], document.Headings);
        var table = Assert.Single(document.Tables);
        Assert.NotEmpty(content.Items);
        Assert.Equal(content.Items.Count + 1, table.Count);
        Assert.Equal(content.Items.Select(i => i["pupil"]), table.Skip(1).Select(r => r[1]));
        Assert.DoesNotContain(document.Paragraphs, p => p.Text.Contains("{{", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Director_DownloadsTheNoteForTheYear()
    {
        // Arrange
        var browser = await Head(StaffRole.Director, "ru");

        // Act
        var response = await browser.GetAsync(new Uri("/documents/note?period=year", UriKind.Relative));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["СПРАВКА"], DocxDocument.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync())).Headings);
    }

    [Fact]
    public async Task ClassTeacher_HasNoDocuments()
    {
        // Arrange: a class teacher who is not one of the heads
        var teacher = school.Data.Staff.First(s => s.Has(StaffRole.ClassTeacher) && !s.Has(StaffRole.DeputyDirector) && !s.Has(StaffRole.Director));
        var browser = await school.Staff(teacher.Id);

        // Act + Assert
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get("/documents")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get("/documents/minutes?period=2")).Status);
    }

    [Fact]
    public async Task Deputy_SchoolsBrokenTemplate_RefusedOnThePageInKazakh()
    {
        // Arrange: templates/kk/order.docx beside the database is not a Word document
        var browser = await Head(StaffRole.DeputyDirector, "kk");
        var file = DocumentTemplates.SchoolFile(DocumentTemplates.FolderFor(school.Workspace), DocumentKind.Order, Language.Kk);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "not a zip");
        try
        {
            // Act
            var page = await browser.Get("/documents/order?period=2");

            // Assert
            Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
            // The deputy director's own words: a file, a document; no "DOCX", "Word" or "LibreOffice".
            var html = WebUtility.HtmlDecode(page.Html);
            Assert.Contains("үлгі файлы құжат ретінде оқылмайды: ол бүлінген немесе басқа түрде сақталған. Ештеңе жазылмады.", html, StringComparison.Ordinal);
            Assert.DoesNotContain("LibreOffice", html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<HttpClient> Head(StaffRole role, string language)
    {
        var browser = await school.Staff(school.First(role).Id);
        await browser.Post("/language", [new("lang", language)], tokenFrom: "/reports");
        return browser;
    }
}
