using InternalControl.Application.Access;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// A staff member, signed in (by a one-time link or a password), sets a password, hashed with ASP.NET Core Identity's
/// password hasher; or keeps signing in by one-time links. Parents have no password: for them the page does not exist.
/// </summary>
public sealed class PasswordModel : SchoolPage
{
    public string? NewError { get; private set; }

    public string? RepeatError { get; private set; }

    public bool Saved { get; private set; }

    public int MinLength => AccessStore.MinPasswordLength;

    public IActionResult OnGet()
    {
        if (!IsStaff)
        {
            return Missing();
        }

        Title = T("Web.Password.Title");
        return Page();
    }

    public IActionResult OnPost([FromForm(Name = "NewPassword")] string? password, [FromForm(Name = "RepeatPassword")] string? repeat)
    {
        if (!IsStaff)
        {
            return Missing();
        }

        Title = T("Web.Password.Title");
        password ??= "";
        if (password.Length < AccessStore.MinPasswordLength)
        {
            NewError = T("Web.Password.TooShort", AccessStore.MinPasswordLength);
        }
        else if (!string.Equals(password, repeat, StringComparison.Ordinal))
        {
            RepeatError = T("Web.Password.Mismatch");
        }

        if (NewError is not null || RepeatError is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Web.Host.Access.SetPassword(Web.Person!, password, Web.Host.Passwords);
        Saved = true;
        return Page();
    }
}
