using System.Net;
using InternalControl.Application.Access;
using InternalControl.Application.Cases;
using InternalControl.Application.Control;
using InternalControl.Application.Demo;
using InternalControl.Application.Import;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;
using InternalControl.Storage.Contacts;
using InternalControl.Testing;
using InternalControl.Web.Background;
using InternalControl.Web.Hosting;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Outbox;
using InternalControl.Workflows.Tasks;
using InternalControl.Kernel.Policies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;

namespace InternalControl.Web.Tests;

/// <summary>
/// The sample Kyrgyz school (samples/kg-school; <see cref="Kazakh"/>: the Kazakh one) with the shipped policy in a real SQLite file, evaluated on the sample's
/// date so that cases and tasks are open, served by the web host with the school's clock injected: on a test server, or
/// (<see cref="Served"/>) by Kestrel on a loopback port for a real browser.
/// </summary>
public sealed class WebSchool : IDisposable
{
    public static readonly DateOnly Start = new(2026, 11, 27);

    private readonly TempFolder _temp = new();
    private readonly WebApplication _app;

    public WebSchool()
        : this(served: false, [])
    {
    }

    private WebSchool(bool served, IReadOnlyList<PolicySource> extraPolicies, ImportLimits? importLimits = null, Action<WebApplicationBuilder>? configure = null, string sample = "kg-school", int inboxPageSize = 50)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", sample);
        var school = DemoSchool.Create(folder, SampleManifest.Read(folder), _temp.File("school.db"), Clock.GetUtcNow());
        foreach (var policy in extraPolicies)
        {
            school.Database.Policies.Attach(school.School.Id, policy, Clock.GetUtcNow());
        }

        Workspace = Workspace.Open(school.Database.Path, school.School.Name, Clock).Value!;
        if (File.Exists(Path.Combine(folder, "scores.csv")))
        {
            // The evaluation-sheet scores of a Kazakh sample, saved as `ic control score` does.
            using var scoring = Open();
            var read = ScoreImporter.Read(Path.Combine(folder, "scores.csv"), DecisionMatrix.From(scoring.Policy)!, scoring.Data.Staff.Select(s => s.Id).ToHashSet(StringComparer.Ordinal));
            Assert.True(read.Succeeded);
            Workspace.Database.Scores.Save(Workspace.School.Id, read.Scores);
        }

        using (var session = Open())
        {
            session.Evaluate();
            Data = session.Data;
        }

        Access = new AccessStore(Workspace.Database, Workspace.School.Id, Clock);
        var options = HostOptions(importLimits ?? ImportLimits.Default) with { InboxPageSize = inboxPageSize };
        _app = served ? WebApp.Build(Workspace, options, configure) : WebApp.Build(Workspace, options, b =>
        {
            b.WebHost.UseTestServer();
            configure?.Invoke(b);
        });
        _app.StartAsync().GetAwaiter().GetResult();
        if (served)
        {
            // Kestrel chose a free loopback port; the browser is sent there.
            BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        }
    }

    /// <summary>Where a served school listens (http://127.0.0.1:PORT); null on a test server.</summary>
    public Uri? BaseAddress { get; }

    /// <summary>
    /// A school's own file beside the shipped policy (by default the Kyrgyz one): the workflow <c>parent-reply</c>, a task
    /// addressed to parents (the shipped policies ask parents only through notifications).
    /// </summary>
    public static PolicySource ParentReply(string policy = "kg-school-97-low-achievers", string country = "kg") =>
        new("90-parent-reply.icp", InternalControl.Testing.Policies.PolicyText.With("""
            workflow "parent-reply" version 1 key pupil
              step answer: task parents
                field decision text required
                outcome held -> done
                due 5 school_days
              step done: end "held"
            end
            """, name: policy, country: country));

    /// <summary>The school on a test server, with more policy files attached (a test's workflow).</summary>
    public static WebSchool With(params PolicySource[] extraPolicies) => new(served: false, extraPolicies);

    /// <summary>The sample Kazakh school on a test server, with more policy files attached.</summary>
    public static WebSchool KazakhWith(params PolicySource[] extraPolicies) => new(served: false, extraPolicies, sample: "kz-school");

    /// <summary>The school served by Kestrel on a free loopback port, with more policy files attached (a test's workflow).</summary>
    public static WebSchool Served(params PolicySource[] extraPolicies) => new(served: true, extraPolicies);

    /// <summary>The school on a test server with the host's services changed by <paramref name="configure"/> (a fault injected).</summary>
    public static WebSchool With(Action<WebApplicationBuilder> configure) => new(served: false, [], null, configure);

    /// <summary>The sample Kazakh school (samples/kz-school, with its evaluation-sheet scores) on a test server.</summary>
    public static WebSchool Kazakh() => KazakhWith();

    /// <summary>The sample Kazakh school served by Kestrel on a free loopback port, for the browser.</summary>
    public static WebSchool ServedKazakh() => new(served: true, [], sample: "kz-school");

    /// <summary>The school on a test server whose import page holds uploads to <paramref name="limits"/>.</summary>
    public static WebSchool WithImportLimits(ImportLimits limits) => new(served: false, [], limits);

    /// <summary>The school on a test server whose inbox lists <paramref name="size"/> tasks a page.</summary>
    public static WebSchool WithInboxPages(int size) => new(served: false, [], inboxPageSize: size);

    public SteppingClock Clock { get; } = new(SchoolTime.MorningOf(Start));

    public Workspace Workspace { get; }

    /// <summary>Writes the host's settings file beside the database (<see cref="OutboxConfiguration.SettingsFile"/>), as the host reads it.</summary>
    public void WriteSettings(string json) =>
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(Workspace.Database.Path)!, OutboxConfiguration.SettingsFile), json);

    public SchoolData Data { get; }

    public IServiceProvider Services => _app.Services;

    public AccessStore Access { get; }

    /// <summary>The school's outbox as it stands now: every message, or the unsent ones.</summary>
    public IReadOnlyList<OutboxMessage> Outbox(bool unsentOnly = false)
    {
        using var session = Open();
        return session.Runtime.Outbox(unsentOnly);
    }

    /// <summary>The parents' contacts the school holds.</summary>
    public List<Contact> ParentContacts() => [.. Workspace.Database.Contacts.OfKind(Workspace.School.Id, Contact.Parent)];

    /// <summary>A parent asks for a sign-in link on the sign-in page, from a browser of their own.</summary>
    public Task<(HttpStatusCode Status, string Html)> AskParentLink(string address) =>
        Browser().Post("/signin?handler=ParentLink", [new("ParentAddress", address)], tokenFrom: "/signin");

    public SchoolSession Open()
    {
        var opened = SchoolSession.Open(Workspace);
        return opened.Value ?? throw new InvalidOperationException(
            "The school's policy does not compile: " + string.Join("; ", opened.Diagnostics.Select(d => d.Render(InternalControl.Localization.Language.En))));
    }

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

    /// <summary>
    /// A second host of a served school over the same database, served by Kestrel on its own loopback port, as a district
    /// runs several; a browser of it goes to <see cref="SecondHost.BaseAddress"/>.
    /// </summary>
    public SecondHost AnotherHost()
    {
        var app = WebApp.Build(Workspace, HostOptions(ImportLimits.Default));
        app.StartAsync().GetAwaiter().GetResult();
        return new SecondHost(app, new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()));
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

    /// <summary>A fresh one-time sign-in path for a person: /signin/TOKEN.</summary>
    public string Link(PersonKind kind, string id) => "/signin/" + Access.IssueLink(kind, id, TimeSpan.FromDays(1), "test");

    /// <summary>An open task addressed to a role, with a pupil.</summary>
    public WorkflowTask TaskFor(WorkflowRole role) => OpenTasks().First(t => t.Role == role.Code() && t.PupilId is not null && t.Assignee is not null);

    /// <summary>The staff member of a role (the first in the import).</summary>
    public Staff First(StaffRole role) => Data.Staff.First(s => s.Has(role));

    /// <summary>A host of this school on the test clock, with no background ticks, on a free loopback port.</summary>
    private WebHostOptions HostOptions(ImportLimits limits) =>
        new(Workspace.Database.Path) { Clock = Clock, TickEvery = TimeSpan.Zero, Urls = "http://127.0.0.1:0", ImportLimits = limits };

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
        SchoolDatabase.ReleaseAll();
        _temp.Dispose();
    }
}
