using InternalControl.Application.Reports;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>The reports this person may read (Application's access decides), each a page; DOCX marks the documents a school hands in.</summary>
public sealed class ReportsModel : SchoolPage
{
    public IReadOnlyList<string> Names { get; private set; } = [];

    public IActionResult OnGet()
    {
        Names = Web.Access.Reports;
        if (Names.Count == 0)
        {
            return Missing();
        }

        Title = T("Web.Reports.Title");
        return Page();
    }

    /// <summary>Whether the page links to the documents (the deputy director and the director).</summary>
    public bool WritesDocuments => Web.Access.WritesDocuments;

    public string Name(string report) => T(ReportCatalog.NameKey(report));

    public static bool IsDocument(string report) => ReportCatalog.Writes(report, ReportFormat.Docx);
}
