using System.Net;
using InternalControl.Application.Documents;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Testing;

namespace InternalControl.Web.Tests;

/// <summary>The sheet note on `/documents` of the sample Kazakh school (seed 000's matrix): offered with the matrix's sheets, one row per object evaluated.</summary>
public sealed class SheetNotePageTests(KazakhWebSchool fixture) : IClassFixture<KazakhWebSchool>
{
    private readonly WebSchool _school = fixture.School;

    [Fact]
    public async Task Deputy_DownloadsTheSheetNoteOfII3_OneRowPerTeacherWithGroupAndDecision()
    {
        // Arrange
        var browser = await _school.Staff(_school.First(StaffRole.DeputyDirector).Id);
        await browser.Post("/language", [new("lang", "kk")], tokenFrom: "/reports");
        using var session = _school.Open();
        var content = SchoolDocuments.Content(new DocumentRequest(DocumentKind.SheetNote) { Sheet = "II.3" }, session, new Localizer(Language.Kk));

        // Act
        var page = await browser.Get("/documents");
        var response = await browser.GetAsync(new Uri("/documents/sheet-note?sheet=II.3", UriKind.Relative));
        var unknown = await browser.Get("/documents/sheet-note?sheet=IX.9");

        // Assert: the sample's sixteen teachers scored on II.3 (four of them in group C, DashboardMatrixTests).
        Assert.Contains("<option value=\"II.3\">II.3</option>", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = Assert.Single(DocxDocument.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync())).Tables);
        Assert.Equal(16, content.Items.Count);
        Assert.Equal(content.Items.Select(i => i["object"]), table.Skip(1).Select(r => r[0]));
        Assert.Equal(4, table.Skip(1).Count(r => r[3] == new Localizer(Language.Kk).Get("Group.C")));
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }
}
