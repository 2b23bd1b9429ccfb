using InternalControl.Application.Access;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>Sign-in: a one-time link (`/signin/TOKEN`), or a staff id and password; repeated failures lock the account.</summary>
public sealed class SignInModel : SchoolPage
{
    [BindProperty]
    public string StaffId { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    public string? Error { get; private set; }

    /// <summary>What a parent typed: the phone number or e-mail address the school has for them.</summary>
    [BindProperty]
    public string ParentAddress { get; set; } = "";

    /// <summary>Whether a parent has just asked for a link (the page says one is on its way, whatever became of it).</summary>
    public bool ParentLinkAsked { get; private set; }

    public string? ParentError { get; private set; }

    public int ParentLinkMinutes { get; private set; }

    protected override bool Anonymous => true;

    public IActionResult OnGet(string? token)
    {
        Title = T("Web.SignIn.Title");
        if (token is null)
        {
            return Page();
        }

        if (Web.Host.Access.Redeem(token) is not { } person)
        {
            Error = T("Web.SignIn.LinkRefused");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Web.SignIn(person);
        return Redirect("/");
    }

    /// <summary>
    /// "I am a parent: send me a link". The answer is the same for a parent's address, a stranger's, a parent who has had
    /// their links this hour and a network address that has made its requests this hour, so that nobody can learn which
    /// numbers are parents'; only a text that is no address at all is refused. Every answer takes at least
    /// <c>Access:LinkRequestMilliseconds</c>, so that the time it takes does not tell either.
    /// </summary>
    public async Task<IActionResult> OnPostParentLinkAsync()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Title = T("Web.SignIn.Title");
        var settings = HttpContext.RequestServices.GetRequiredService<Hosting.ParentLinkSettings>();
        var options = settings.Options();
        var answer = Answer(settings, options);
        var floor = settings.RequestFloor() - System.Diagnostics.Stopwatch.GetElapsedTime(started);
        if (floor > TimeSpan.Zero)
        {
            await Task.Delay(floor, HttpContext.RequestAborted);
        }

        if (answer == ParentLinkAnswer.Invalid)
        {
            ParentError = T("Web.SignIn.ParentInvalid");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        ParentLinkAsked = true;
        ParentLinkMinutes = (int)options.Validity.TotalMinutes;
        ParentAddress = "";
        return Page();
    }

    private ParentLinkAnswer Answer(Hosting.ParentLinkSettings settings, ParentLinkOptions options)
    {
        // The client's network address is counted in memory, or in the database as a keyed hash when Access:AddressKey
        // is set (Hosting.LinkRequestWindow), never written as it is; every request counts, a text that is no address too.
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
        var (perHour, key) = settings.AddressLimit();
        if (!HttpContext.RequestServices.GetRequiredService<Hosting.LinkRequestWindow>().Admit(client, perHour, key))
        {
            Web.Host.Access.Audit("anonymous", "parentlink.addresslimited", null);
            return ParentLinkAnswer.Limited;
        }

        return new ParentLinks(Web.Session, Web.Host.Access, options).Request(ParentAddress, settings.Site());
    }

    public IActionResult OnPost()
    {
        Title = T("Web.SignIn.Title");
        var result = Web.Host.Access.SignIn(StaffId.Trim(), Password, Web.Host.Passwords);
        if (result == PasswordSignIn.SignedIn)
        {
            Web.SignIn(new Person(Web.Host.Workspace.School.Id, PersonKind.Staff, StaffId.Trim()));
            return Redirect("/");
        }

        Error = T(result == PasswordSignIn.LockedOut ? "Web.SignIn.Locked" : "Web.SignIn.Refused");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
