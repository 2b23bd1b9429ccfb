using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using InternalControl.Application.Workspaces;
using InternalControl.Localization;
using InternalControl.Web.Background;
using InternalControl.Web.Requests;
using Microsoft.AspNetCore.Localization;

namespace InternalControl.Web.Hosting;

/// <summary>Builds the web host over one opened school: Razor Pages, sessions, antiforgery, request localization, background work.</summary>
public static class WebApp
{
    /// <summary>The cookie that keeps the reader's chosen language.</summary>
    public const string LanguageCookie = "ic.lang";

    public static WebApplication Build(Workspace workspace, WebHostOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(new SchoolHost(workspace, options));
        builder.Services.AddSingleton<SchoolClockService>();
        builder.Services.AddHostedService(s => s.GetRequiredService<SchoolClockService>());
        // Kazakh, Kyrgyz and Russian text is written as it is, not as numeric character references.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<WebRequest>();
        builder.Services.AddSingleton<ParentLinkSettings>();
        builder.Services.AddSingleton<LinkRequestWindow>();
        builder.Services.AddSingleton(_ => new Imports.ImportUploads(workspace.Clock));
        builder.Services.AddRazorPages().AddApplicationPart(typeof(WebApp).Assembly);
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ic.af";
            // Secure over HTTPS; on plain-HTTP loopback (ic demo --serve) the browser keeps it too.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        var cultures = Languages.All.Select(l => l.Culture()).ToList();
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(workspace.School.DefaultLanguage.Culture()),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentUICultures = true,
            FallBackToParentCultures = true,
        };
        // The user's choice (a cookie), else the browser's; the school's language is the default.
        localization.RequestCultureProviders =
        [
            new CookieRequestCultureProvider { CookieName = LanguageCookie },
            new BrowserLanguageProvider(),
        ];
        app.UseRequestLocalization(localization);
        // An unhandled exception and an error answer with no body become a page in the reader's language (Pages/Status),
        // with the original status and no fault detail.
        app.UseExceptionHandler("/status/500");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next(context).ConfigureAwait(false);
        });
        var css = Resource("InternalControl.Web.site.css");
        var htmx = Resource("InternalControl.Web.htmx.min.js");
        app.MapGet("/site.css", () => Results.Text(css, "text/css"));
        app.MapGet("/htmx.min.js", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(htmx, "text/javascript");
        });
        var editor = Resource("InternalControl.Web.policy-editor.js");
        app.MapGet("/policy-editor.js", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(editor, "text/javascript");
        });
        var charts = Resource("InternalControl.Web.dashboard-charts.js");
        app.MapGet("/dashboard-charts.js", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(charts, "text/javascript");
        });
        app.MapRazorPages();
        return app;
    }

    private static string Resource(string name)
    {
        using var stream = typeof(WebApp).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static string Code(CultureInfo culture) => Languages.FromCulture(culture)?.Code() ?? "en";
}
