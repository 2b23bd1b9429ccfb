using InternalControl.Application.Access;
using InternalControl.Application.Cases;
using InternalControl.Application.Demo;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;
using InternalControl.Testing;
using InternalControl.Web.Hosting;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;

namespace InternalControl.Web.Tests;

/// <summary>
/// The sample Kyrgyz school (samples/kg-school) with the shipped policy in a real SQLite file, evaluated on the sample's
/// date so that cases and tasks are open, served by the web host on a test server with the school's clock injected.
/// </summary>
public sealed class WebSchool : IDisposable
{
    public static readonly DateOnly Start = new(2026, 11, 27);

    private readonly TempFolder _temp = new();
    private readonly WebApplication _app;

    public WebSchool()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "kg-school");
        var school = DemoSchool.Create(folder, SampleManifest.Read(folder), _temp.File("school.db"), Clock.GetUtcNow());
        Workspace = Workspace.Open(school.Database.Path, school.School.Name, Clock).Value!;
        using (var session = Open())
        {
            session.Evaluate();
            Data = session.Data;
        }

        Access = new AccessStore(Workspace.Database, Workspace.School.Id, Clock);
        _app = WebApp.Build(Workspace, new WebHostOptions(Workspace.Database.Path) { Clock = Clock, TickEvery = TimeSpan.Zero }, b => b.WebHost.UseTestServer());
        _app.StartAsync().GetAwaiter().GetResult();
    }

    public SteppingClock Clock { get; } = new(SchoolTime.MorningOf(Start));

    public Workspace Workspace { get; }

    public SchoolData Data { get; }

    public IServiceProvider Services => _app.Services;

    public AccessStore Access { get; }

    public SchoolSession Open() => SchoolSession.Open(Workspace).Value!;

    public IReadOnlyList<WorkflowTask> OpenTasks()
    {
        using var session = Open();
        return session.Runtime.Tasks(new TaskQuery());
    }

    /// <summary>Lets the demo's staff work the school's cases for some school days (as `ic demo` does) until a task asks for a date or a number.</summary>
    public WorkflowTask TaskWithTypedField()
    {
        using var session = Open();
        DemoWeeks.Run(session, Clock, 20, InternalControl.Localization.Language.Ky, _ => { });
        return session.Runtime.Tasks(new TaskQuery()).First(t => t.Assignee is not null && Forms.HasTypedField(t));
    }

    /// <summary>A browser without a session: cookies kept, redirects followed, on https://localhost.</summary>
    public HttpClient Browser(bool followRedirects = true)
    {
        var cookies = new CookieContainerHandler { InnerHandler = _app.GetTestServer().CreateHandler() };
        HttpMessageHandler handler = followRedirects ? new RedirectHandler { InnerHandler = cookies } : cookies;
        return new HttpClient(handler) { BaseAddress = new Uri("https://localhost") };
    }

    /// <summary>A browser signed in by a fresh one-time link.</summary>
    public async Task<HttpClient> SignedIn(PersonKind kind, string id)
    {
        var browser = Browser();
        var response = await browser.GetAsync(new Uri("/signin/" + Access.IssueLink(kind, id, TimeSpan.FromDays(1), "test"), UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return browser;
    }

    public Task<HttpClient> Staff(string id) => SignedIn(PersonKind.Staff, id);

    /// <summary>An open task addressed to a role, with a pupil.</summary>
    public WorkflowTask TaskFor(WorkflowRole role) => OpenTasks().First(t => t.Role == role.Code() && t.PupilId is not null && t.Assignee is not null);

    /// <summary>The staff member of a role (the first in the import).</summary>
    public Staff First(StaffRole role) => Data.Staff.First(s => s.Has(role));

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
        SchoolDatabase.ReleaseAll();
        _temp.Dispose();
    }
}
