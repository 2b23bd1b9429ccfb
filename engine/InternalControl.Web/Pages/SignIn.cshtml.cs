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
