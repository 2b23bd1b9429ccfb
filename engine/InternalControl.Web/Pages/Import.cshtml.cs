using InternalControl.Application.Import;
using InternalControl.Web.Imports;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// The heads' data import (deputy director, director): CSV files, a ZIP of them or an XLSX workbook are uploaded, the
/// page shows what they would add and change per file, and a confirmation writes them all or nothing. Errors are a table
/// of file (or sheet), row, column and message, with nothing written. For everyone else the page does not exist.
/// </summary>
/// <remarks>
/// The form is read here, not by model binding or the antiforgery filter, so that an upload over the limit is answered
/// with a page that says so before its body is read; the antiforgery token is checked here too, once the form is read.
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class ImportModel : SchoolPage
{
    /// <summary>Room for the form's other fields around the files.</summary>
    private const long FormOverhead = 64 * 1024;

    /// <summary>The preview of the upload waiting for confirmation, or of the files whose errors are shown.</summary>
    public ImportPreview? Preview { get; private set; }

    /// <summary>The upload the confirmation imports.</summary>
    public string? Upload { get; private set; }

    /// <summary>The import just written.</summary>
    public ImportOutcome? Written { get; private set; }

    /// <summary>Why the upload was refused before it was read, already localized.</summary>
    public string? Refusal { get; private set; }

    public IReadOnlyList<string> Entities => ImportOutcome.Entities;

    /// <summary>The limits in whole megabytes, for the hint under the form.</summary>
    public (long FileMegabytes, long TotalMegabytes) Limits => (ImportLimits.Megabytes(Web.Host.Options.ImportLimits.FileBytes), ImportLimits.Megabytes(Web.Host.Options.ImportLimits.TotalBytes));

    private ImportLimits Sizes => Web.Host.Options.ImportLimits;

    private ImportUploads Uploads => HttpContext.RequestServices.GetRequiredService<ImportUploads>();

    public IActionResult OnGet()
    {
        if (!Web.Access.ImportsData)
        {
            return Missing();
        }

        Title = T("Web.Import.Title");
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!Web.Access.ImportsData)
        {
            return Missing();
        }

        Title = T("Web.Import.Title");
        var limit = Sizes.TotalBytes + FormOverhead;
        if (Request.ContentLength > limit)
        {
            return TooLarge();
        }

        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        HttpContext.Features.Set<IFormFeature>(new FormFeature(Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException)
        {
            return TooLarge();
        }

        if (!await ValidAsync().ConfigureAwait(false))
        {
            return BadRequest();
        }

        if (Uploads.Save([.. form.Files], out var refusal) is not { } upload)
        {
            Refusal = T(refusal!);
            return Page();
        }

        Preview = new SchoolImporter(Web.Host.Workspace.Database, Sizes) { Clock = Web.Host.Workspace.Clock }.Preview(Web.Host.Workspace.School, upload.Path);
        if (Preview.Succeeded)
        {
            Upload = upload.Id;
        }
        else
        {
            Uploads.Delete(upload.Id);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        if (!Web.Access.ImportsData)
        {
            return Missing();
        }

        Title = T("Web.Import.Title");
        if (!await ValidAsync().ConfigureAwait(false))
        {
            return BadRequest();
        }

        var id = Request.Form["upload"].ToString();
        if (Uploads.PathOf(id) is not { } path)
        {
            Refusal = T("Web.Import.Expired");
            return Page();
        }

        try
        {
            Written = new SchoolImporter(Web.Host.Workspace.Database, Sizes) { Clock = Web.Host.Workspace.Clock }.Import(Web.Host.Workspace.School, path);
        }
        finally
        {
            Uploads.Delete(id);
        }

        if (Written.Succeeded)
        {
            // The live school takes the new rows now (the one who imported waits for it), not on the next reader's page.
            Web.Host.Live.Refresh();
            Web.Audit("import.written", null);
        }
        else
        {
            Preview = new ImportPreview([], Written.Errors);
        }

        return Page();
    }

    /// <summary>The error's row as the reader writes numbers ("" for an error about a whole file).</summary>
    public string Row(ImportError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Row == 0 ? "" : Texts.Number(error.Row, "N0");
    }

    public string Entity(string entity) => ImportPreview.EntityName(entity, Texts.Culture);

    private IActionResult TooLarge()
    {
        Refusal = T("Web.Import.TooLarge", ImportLimits.Megabytes(Sizes.TotalBytes));
        var page = Page();
        Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return page;
    }

    private async Task<bool> ValidAsync()
    {
        try
        {
            await HttpContext.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(HttpContext).ConfigureAwait(false);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}
