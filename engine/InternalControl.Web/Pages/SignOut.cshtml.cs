using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>Sign-out (POST only, with antiforgery): the session ends, its cookie no longer works.</summary>
public sealed class SignOutModel : SchoolPage
{
    protected override bool Anonymous => true;

    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost()
    {
        Web.SignOut();
        return Redirect("/signin");
    }
}
