using InternalControl.Localization;
using InternalControl.Web.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>The reader's choice of language, kept in a cookie; it wins over the browser's and the school's.</summary>
public sealed class LanguageModel : SchoolPage
{
    protected override bool Anonymous => true;

    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string? lang)
    {
        if (Languages.TryParse(lang, out var language))
        {
            var culture = language.Value.Culture();
            Response.Cookies.Append(
                WebApp.LanguageCookie,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
        }

        return Redirect("/");
    }
}
