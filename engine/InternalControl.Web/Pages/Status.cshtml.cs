using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// What a reader sees instead of a bare status code: "not found" (also for anything they may not see), "forbidden",
/// "too large", or a fault, in their language, with a way back to the inbox. The host re-executes every empty error
/// answer and every unhandled exception here, keeping the original status; no fault detail reaches the page.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : SchoolPage
{
    protected override bool Anonymous => true;

    /// <summary>The status this page explains.</summary>
    public int Code { get; private set; }

    /// <summary>The explanation, already localized.</summary>
    public string Explanation { get; private set; } = "";

    public IActionResult OnGet(int code) => Explain(code);

    public IActionResult OnPost(int code) => Explain(code);

    private IActionResult Explain(int code)
    {
        // An exception re-executed by the exception handler arrives as a fault whatever its route value says.
        Code = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null ? StatusCodes.Status500InternalServerError
            : code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        var key = Code switch
        {
            StatusCodes.Status404NotFound => "NotFound",
            StatusCodes.Status403Forbidden => "Forbidden",
            StatusCodes.Status413PayloadTooLarge => "TooLarge",
            >= 500 => "Fault",
            _ => "BadRequest",
        };
        Title = T($"Web.Status.{key}.Title");
        Explanation = T($"Web.Status.{key}.Text");
        Response.StatusCode = Code;
        return Page();
    }
}
