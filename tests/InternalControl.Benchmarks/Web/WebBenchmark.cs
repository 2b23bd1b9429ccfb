using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Application.Access;
using InternalControl.Application.Cases;
using InternalControl.Application.Demo;
using InternalControl.Application.Samples;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;
using InternalControl.Testing;
using InternalControl.Web.Hosting;
using InternalControl.Workflows.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InternalControl.Benchmarks.Web;

/// <summary>
/// `-- web`: the web host on loopback (Kestrel) over a 2,000-pupil sample Kyrgyz school with the shipped policy, evaluated so
/// that cases and tasks are open; 50 signed-in staff drive it for 30 s with a mix of inbox views, case views and task
/// completions (each completion a form read and a post, as a browser sends it, timed as two requests; a user whose tasks
/// are done takes up those they hold now). The peer measured in the same run is a
/// static file of the same host under the same load: what the host costs before any school work.
/// </summary>
public static partial class WebBenchmark
{
    public static int Run(int users = 50, int seconds = 30, int pupils = 2000, bool probe = false, int badPairs = 0)
    {
        using var temp = new TempFolder();
        var folder = temp.File("school");
        var sample = SampleSchool.Write(new SampleOptions(Country.Kg, pupils), folder);
        if (!sample.Succeeded)
        {
            Console.Error.WriteLine("the sample school could not be written");
            return 1;
        }

        var manifest = SampleManifest.Read(folder);
        var bad = BadQuarter.Add(folder, manifest.AsOf, badPairs);
        var clock = new SteppingClock(SchoolTime.MorningOf(manifest.AsOf));
        var setup = Stopwatch.StartNew();
        var demo = DemoSchool.Create(folder, manifest, temp.File("school.db"), clock.GetUtcNow());
        var workspace = Workspace.Open(demo.Database.Path, demo.School.Name, clock).Value!;
        List<(string Staff, List<WorkflowTask> Tasks)> people;
        using (var session = SchoolSession.Open(workspace).Value!)
        {
            var run = session.Evaluate();
            Console.WriteLine($"web-bench: starts={run.Starts.Count}");
            var all = session.Runtime.Tasks(new TaskQuery());
            Console.WriteLine($"web-bench: tasks={all.Count} assigned={all.Count(t => t.Assignee is not null)}");
            var tasks = session.Runtime.Tasks(new TaskQuery()).Where(t => t.Assignee is not null).ToList();
            people = tasks.GroupBy(t => t.Assignee!).OrderByDescending(g => g.Count()).Take(users - 1)
                .Select(g => (g.Key, g.ToList())).ToList();
            var deputy = session.Data.Staff.First(s => s.Has(StaffRole.DeputyDirector));
            people.Add((deputy.Id, []));
        }

        if (probe)
        {
            Probe(workspace, people[0].Staff);
            return 0;
        }

        var marks = workspace.Load().Marks.Count;
        Console.WriteLine($"web-bench: school pupils={pupils} marks={marks} bad_quarter_pairs={bad} signed_in={people.Count} setup_s={setup.Elapsed.TotalSeconds:F1}");

        var options = new WebHostOptions(workspace.Database.Path) { Clock = clock, TickEvery = TimeSpan.Zero, Urls = "http://127.0.0.1:0" };
        var app = WebApp.Build(workspace, options);
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
            var access = new AccessStore(workspace.Database, workspace.School.Id, clock);
            using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = users * 2 };
            using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
            var cookies = people.Select(p => SignIn(http, access, p.Staff).GetAwaiter().GetResult()).ToList();

            // The tasks a user holds now, read apart from the host (its own session over the same database), for a user
            // whose tasks at the start are done.
            using var held = SchoolSession.Open(workspace).Value!;
            var gate = new Lock();
            IReadOnlyList<WorkflowTask> Held(string staff)
            {
                lock (gate)
                {
                    return held.Runtime.Tasks(new TaskQuery { Holder = staff });
                }
            }

            // The setup's garbage (the evaluation's compiled rules: thousands of dynamic methods whose finalizers run for
            // seconds on this machine's cores) is collected before the run, not during it.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            // Warm-up: each page kind once, so that Razor's first compilation is not measured.
            var warm = new Load(http, cookies[0], [.. people[0].Tasks], clock);
            warm.Once(TimeSpan.FromSeconds(5)).GetAwaiter().GetResult();

            var (gen0, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var pages = Drive(http, cookies, people, clock, seconds, staticOnly: false, Held);
            var gcs = $"gc0={GC.CollectionCount(0) - gen0} gc2={GC.CollectionCount(2) - gen2} gc_pause_ms={(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} server_gc={System.Runtime.GCSettings.IsServerGC.ToString().ToLowerInvariant()}";
            var statics = Drive(http, cookies, people, clock, Math.Max(5, seconds / 3), staticOnly: true, Held);
            Console.WriteLine(
                $"web-bench: users={people.Count} requests={pages.Count} p50_ms={pages.P(50):F1} p95_ms={pages.P(95):F1} p99_ms={pages.P(99):F1} errors={pages.Errors} conflicts={pages.Conflicts} " +
                $"inbox={pages.Inbox} cases={pages.Cases} task_forms={pages.TaskForms} completions={pages.Completions} rps={pages.Count / (double)seconds:F0} " +
                $"static_p95_ms={statics.P(95):F1} ratio_p95_vs_static={pages.P(95) / Math.Max(0.01, statics.P(95)):F1} " +
                $"inbox_p95_ms={pages.P(RequestKind.Inbox, 95):F1} case_p95_ms={pages.P(RequestKind.Case, 95):F1} task_form_p95_ms={pages.P(RequestKind.TaskForm, 95):F1} completion_p95_ms={pages.P(RequestKind.Completion, 95):F1} {gcs}");
            if (pages.Errors > 0)
            {
                Console.WriteLine($"web-bench: error_statuses={pages.ErrorStatuses.Replace(' ', ',')}");
            }
            return pages.Errors == 0 ? 0 : 1;
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
            ((IDisposable)app).Dispose();
            SchoolDatabase.ReleaseAll();
        }
    }

    /// <summary>Where one inbox view's time goes, phase by phase, on one thread (`-- web --probe`).</summary>
    private static void Probe(Workspace workspace, string staff)
    {
        var live = LiveSchool.Load(workspace).Value!;
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            using var session = live.Open();
            var open = watch.Elapsed.TotalMilliseconds;
            var access = PupilAccess.For(new Person(workspace.School.Id, PersonKind.Staff, staff), session.Data, session.Runtime);
            var accessMs = watch.Elapsed.TotalMilliseconds - open;
            var inbox = access.Inbox(session.Runtime, new InboxFilter(), 1, new WebHostOptions(workspace.Database.Path).InboxPageSize).Tasks;
            var inboxMs = watch.Elapsed.TotalMilliseconds - open - accessMs;
            var inboxDone = watch.Elapsed.TotalMilliseconds;
            var caseId = inbox.FirstOrDefault()?.CaseId ?? 1;
            var history = session.Runtime.History(caseId, InternalControl.Localization.Language.Ky);
            var historyMs = watch.Elapsed.TotalMilliseconds - inboxDone;

            // Not part of a view: how many tasks the person's inbox holds, against the school's open tasks.
            var read = session.Runtime.TaskKeys(access.InboxQuery).Count;
            Console.WriteLine($"web-bench: probe read={read} all={session.Runtime.Tasks(new TaskQuery()).Count}");
            Console.WriteLine($"web-bench: probe open_ms={open:F1} access_ms={accessMs:F1} inbox_ms={inboxMs:F1} rows={inbox.Count} history_ms={historyMs:F1} lines={history.Count}");
        }
    }

    private static Tally Drive(HttpClient http, List<string> cookies, List<(string Staff, List<WorkflowTask> Tasks)> people, TimeProvider clock, int seconds, bool staticOnly, Func<string, IReadOnlyList<WorkflowTask>> held)
    {
        var tally = new Tally();
        var until = TimeSpan.FromSeconds(seconds);
        var runs = people.Select((p, i) => Task.Run(() => new Load(http, cookies[i], p.Tasks, clock, tally, staticOnly, i, () => held(p.Staff)).Once(until))).ToArray();
        Task.WaitAll(runs);
        return tally;
    }

    private static async Task<string> SignIn(HttpClient http, AccessStore access, string staff)
    {
        var link = access.IssueLink(PersonKind.Staff, staff, TimeSpan.FromDays(1), "benchmark");
        using var response = await http.GetAsync(new Uri("/signin/" + link, UriKind.Relative)).ConfigureAwait(false);
        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("ic.session=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex Antiforgery();

    internal static bool Ok(HttpStatusCode code) => (int)code is >= 200 and < 400;
}
