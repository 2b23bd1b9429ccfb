using System.Globalization;
using InternalControl.Application.Documents;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// One document as a DOCX download (`/documents/minutes?period=4` or `period=year`, `/documents/sheet-note?sheet=VI.3`), filled from the school's template
/// or the shipped one; a template the school put in place that is refused shows why, in the reader's language.
/// </summary>
public sealed class DocumentFileModel : SchoolPage
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public string Refusal { get; private set; } = "";

    public IActionResult OnGet(string kind, string? period, string? sheet)
    {
        if (!Web.Access.WritesDocuments || !DocumentKinds.TryParse(kind, out var documentKind))
        {
            return Missing();
        }

        int? quarter = null;
        var year = period == "year";
        if (!year && !string.IsNullOrEmpty(period))
        {
            if (!int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q is < 1 or > 4)
            {
                return Missing();
            }

            quarter = q;
        }

        var session = Web.Session;
        if (documentKind == DocumentKind.SheetNote && (sheet is null || !SchoolDocuments.Sheets(session).Contains(sheet, StringComparer.Ordinal)))
        {
            return Missing();
        }

        var content = SchoolDocuments.Content(new DocumentRequest(documentKind.Value) { Quarter = quarter, Year = year, Sheet = sheet }, session, Texts);
        using var stream = new MemoryStream();
        if (SchoolDocuments.Write(content, Texts.Language, DocumentTemplates.FolderFor(session.Workspace), stream) is { } refused)
        {
            Title = T("Documents.Name." + kind);
            Refusal = refused.Message(Texts.Language);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Web.Audit("document.downloaded", kind);
        return File(stream.ToArray(), DocxType, kind + ".docx");
    }
}
