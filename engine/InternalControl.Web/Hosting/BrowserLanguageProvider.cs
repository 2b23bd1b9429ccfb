using InternalControl.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace InternalControl.Web.Hosting;

/// <summary>
/// The browser's languages (Accept-Language, best quality first), each read as one of ours by its language alone:
/// "kk", "kk-KZ" and "kk-Cyrl-KZ" are all Kazakh, formatted as kk-KZ. ASP.NET Core's own provider matches only the
/// cultures it was given, so a browser that sends "kk" or "ru" would fall back to the school's language.
/// </summary>
internal sealed class BrowserLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var header = httpContext.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var value in header.Where(v => v.Quality is not <= 0).OrderByDescending(v => v.Quality ?? 1))
        {
            if (Languages.TryParse(value.Value.Value, out var language))
            {
                var culture = language.Value.Culture().Name;
                return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
            }
        }

        return NullProviderCultureResult;
    }
}
