using System.Globalization;
using InternalControl.Application.Access;
using InternalControl.Application.Cases;
using InternalControl.Localization;
using InternalControl.Web.Hosting;

namespace InternalControl.Web.Requests;

/// <summary>
/// What one request knows: who is signed in (from the session cookie), the reader's language (chosen by the request
/// localization: the user's choice, the browser's, the school's), and, when a page needs it, the school session and
/// what this person may see.
/// </summary>
internal sealed class WebRequest : IDisposable
{
    public const string SessionCookie = "ic.session";

    private readonly SchoolHost _host;
    private readonly HttpContext _http;
    private SchoolSession? _session;
    private PupilAccess? _access;
    private bool _personRead;
    private Person? _person;

    public WebRequest(SchoolHost host, IHttpContextAccessor http)
    {
        _host = host;
        _http = http.HttpContext ?? throw new InvalidOperationException("A web request outside an HTTP request.");
    }

    public SchoolHost Host => _host;

    public Localizer Texts => field ??= new Localizer(Languages.FromCulture(CultureInfo.CurrentUICulture) ?? _host.Workspace.School.DefaultLanguage);

    /// <summary>The signed-in person, or null.</summary>
    public Person? Person
    {
        get
        {
            if (!_personRead)
            {
                _personRead = true;
                _person = _host.Access.Session(_http.Request.Cookies[SessionCookie]);
            }

            return _person;
        }
    }

    public SchoolSession Session => _session ??= _host.OpenSession();

    public PupilAccess Access => _access ??= PupilAccess.For(Person ?? throw new InvalidOperationException("No one is signed in."), Session.Data, Session.Runtime);

    public DateOnly Today => _host.Workspace.Today;

    /// <summary>Signs a person in: a new session and its cookie (secure, HttpOnly, SameSite).</summary>
    public void SignIn(Person person)
    {
        var token = _host.Access.StartSession(person);
        _http.Response.Cookies.Append(SessionCookie, token, CookieOptions());
    }

    /// <summary>Ends the session and removes its cookie.</summary>
    public void SignOut()
    {
        if (Person is { } person && _http.Request.Cookies[SessionCookie] is { } token)
        {
            _host.Access.EndSession(token, person);
        }

        _http.Response.Cookies.Delete(SessionCookie, CookieOptions());
    }

    public void Audit(string action, string? target) => _host.Access.Audit(Person?.Actor ?? "anonymous", action, target);

    public void Dispose() => _session?.Dispose();

    private static CookieOptions CookieOptions() => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        Path = "/",
    };
}
