using InternalControl.Localization;
using InternalControl.Web.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InternalControl.Web.Pages;

/// <summary>A page of the school: sign-in required (unless <see cref="Anonymous"/>), texts in the reader's language.</summary>
public abstract class SchoolPage : PageModel
{
    private WebRequest? _web;

    internal WebRequest Web => _web ??= HttpContext.RequestServices.GetRequiredService<WebRequest>();

    public Localizer Texts => Web.Texts;

    /// <summary>The page's title, already localized.</summary>
    public string Title { get; protected set; } = "";

    /// <summary>Whether someone is signed in (the layout shows sign-out).</summary>
    public bool SignedIn => Web.Person is not null;

    /// <summary>Whether a member of staff is signed in (the layout offers the password page).</summary>
    public bool IsStaff => Web.Person?.Kind == InternalControl.Application.Access.PersonKind.Staff;

    /// <summary>Whether the signed-in person is one of the school's heads (the layout offers the staff and audit pages).</summary>
    public bool ManagesAccess => Web.Person is not null && Web.Access.ManagesAccess;

    /// <summary>Whether the signed-in person may read any report (the layout offers the reports page).</summary>
    public bool ReadsReports => Web.Person is not null && Web.Access.Reports.Count > 0;

    protected virtual bool Anonymous => false;

    public string T(string key, params object?[] args) => Texts.Get(key, args);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!Anonymous && Web.Person is null)
        {
            context.Result = new RedirectToPageResult("/SignIn");
            return;
        }

        await next().ConfigureAwait(false);
    }

    /// <summary>The answer for any id this person may not see: as if it did not exist.</summary>
    protected IActionResult Missing() => NotFound();

    /// <summary>"in 3 school days" / "today" / "2 school days overdue".</summary>
    public string Due(DateOnly? due)
    {
        if (due is not { } date)
        {
            return "";
        }

        var days = Web.Session.Workspace.Calendar.SchoolDaysBetween(Web.Today, date);
        var text = days switch
        {
            0 => T("Web.Due.Today"),
            > 0 => T("Web.Due.In", days),
            _ => T("Web.Due.Overdue", -days),
        };
        return $"{Texts.Date(date)} · {text}";
    }

    public bool Overdue(DateOnly? due) => due is { } date && date < Web.Today;
}
