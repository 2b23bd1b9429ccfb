using InternalControl.Application.Access;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// A staff member, signed in (by a one-time link or a password), sets a password, hashed with ASP.NET Core Identity's
/// password hasher; or keeps signing in by one-time links. Replacing a password asks for the current one (checked like
/// a sign-in, so wrong guesses lock the account), so that a session left open cannot take the account over.
/// Parents have no password: for them the page does not exist.
/// </summary>
public sealed class PasswordModel : SchoolPage
{
    public string? CurrentError { get; private set; }

    public string? NewError { get; private set; }

    /// <summary>Whether the staff member already has a password, which they must give to replace it.</summary>
    public bool HasPassword { get; private set; }

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
        HasPassword = Web.Host.Access.HasPassword(Web.Person!);
        return Page();
    }

    public IActionResult OnPost(
        [FromForm(Name = "CurrentPassword")] string? current,
        [FromForm(Name = "NewPassword")] string? password,
        [FromForm(Name = "RepeatPassword")] string? repeat)
    {
        if (!IsStaff)
        {
            return Missing();
        }

        Title = T("Web.Password.Title");
        HasPassword = Web.Host.Access.HasPassword(Web.Person!);
        if (HasPassword)
        {
            CurrentError = Web.Host.Access.SignIn(Web.Person!.Id, current ?? "", Web.Host.Passwords) switch
            {
                PasswordSignIn.SignedIn => null,
                PasswordSignIn.LockedOut => T("Web.Password.CurrentLocked"),
                _ => T("Web.Password.CurrentWrong"),
            };
        }

        password ??= "";
        if (password.Length < AccessStore.MinPasswordLength)
        {
            NewError = T("Web.Password.TooShort", AccessStore.MinPasswordLength);
        }
        else if (!string.Equals(password, repeat, StringComparison.Ordinal))
        {
            RepeatError = T("Web.Password.Mismatch");
        }

        if (CurrentError is not null || NewError is not null || RepeatError is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Web.Host.Access.SetPassword(Web.Person!, password, Web.Host.Passwords);
        Saved = true;
        return Page();
    }
}
