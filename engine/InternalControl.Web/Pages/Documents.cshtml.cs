using InternalControl.Application.Documents;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// The documents a school hands in (the reference note, the council's minutes, the director's order), each a DOCX
/// download for a quarter or the year, in the reader's language; for the deputy director and the director only.
/// </summary>
public sealed class DocumentsModel : SchoolPage
{
    /// <summary>The documents offered: the sheet note only to a school whose policy has a decision matrix.</summary>
    public IReadOnlyList<DocumentKind> Kinds => [.. DocumentKinds.All.Where(k => k != DocumentKind.SheetNote || Sheets.Count > 0)];

    /// <summary>The evaluation sheets of the school's matrix, for the sheet note.</summary>
    public IReadOnlyList<string> Sheets { get; private set; } = [];

    /// <summary>The quarter offered first: today's.</summary>
    public int Quarter { get; private set; } = 1;

    public IActionResult OnGet()
    {
        if (!Web.Access.WritesDocuments)
        {
            return Missing();
        }

        Quarter = Web.Session.Workspace.Calendar.QuarterOf(Web.Today)?.Number ?? 1;
        Sheets = SchoolDocuments.Sheets(Web.Session);
        Title = T("Web.Documents.Title");
        return Page();
    }

    public string Name(DocumentKind kind) => T("Documents.Name." + kind.Code());

    public static string Code(DocumentKind kind) => kind.Code();
}
