using System.Diagnostics;
using System.Net;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Benchmarks.Web;

/// <summary>
/// One signed-in member of staff: mostly the inbox, then a case from it, and now and then one of their own tasks completed
/// through its form (the form read for its antiforgery token, then posted with valid values and the first outcome).
/// </summary>
internal sealed class Load(HttpClient http, string cookie, List<WorkflowTask> tasks, TimeProvider clock, Tally? tally = null, bool staticOnly = false, int seed = 0)
{
    private readonly Random _random = new(seed);
    private readonly Queue<WorkflowTask> _tasks = new(tasks);
    private readonly List<string> _cases = [.. tasks.Select(t => t.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct().Take(20)];

    /// <summary>Sends requests one after another until <paramref name="length"/> has passed.</summary>
    public async Task Once(TimeSpan length)
    {
        var clockwatch = Stopwatch.StartNew();
        while (clockwatch.Elapsed < length)
        {
            if (staticOnly)
            {
                await Timed(RequestKind.Static, () => Get("/site.css")).ConfigureAwait(false);
                continue;
            }

            var roll = _random.Next(100);
            if (roll < 10 && _tasks.Count > 0)
            {
                await Timed(RequestKind.Completion, () => Complete(_tasks.Dequeue())).ConfigureAwait(false);
            }
            else if (roll < 40 && _cases.Count > 0)
            {
                await Timed(RequestKind.Case, () => Get("/cases/" + _cases[_random.Next(_cases.Count)])).ConfigureAwait(false);
            }
            else
            {
                await Timed(RequestKind.Inbox, () => Get("/")).ConfigureAwait(false);
            }

            if (tally is null)
            {
                // The warm-up: every kind of page once.
                if (_cases.Count > 0)
                {
                    await Get("/cases/" + _cases[0]).ConfigureAwait(false);
                }

                await Get("/tasks/" + tasks[0].Id).ConfigureAwait(false);
                return;
            }
        }
    }

    private async Task Timed(RequestKind kind, Func<Task<(HttpStatusCode Code, string Body)>> request)
    {
        var watch = Stopwatch.StartNew();
        var (code, _) = await request().ConfigureAwait(false);
        tally?.Add(kind, watch.Elapsed.TotalMilliseconds, (int)code);
    }

    private async Task<(HttpStatusCode Code, string Body)> Get(string path)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        message.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(message).ConfigureAwait(false);
        return (response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false));
    }

    /// <summary>The task's form, then its post; the answer is the post's (a redirect to the inbox on success).</summary>
    private async Task<(HttpStatusCode Code, string Body)> Complete(WorkflowTask task)
    {
        using var form = new HttpRequestMessage(HttpMethod.Get, new Uri("/tasks/" + task.Id, UriKind.Relative));
        form.Headers.Add("Cookie", cookie);
        using var page = await http.SendAsync(form).ConfigureAwait(false);
        var html = await page.Content.ReadAsStringAsync().ConfigureAwait(false);
        var token = WebBenchmark.Antiforgery().Match(html);
        if (!token.Success)
        {
            // Done by someone else meanwhile (an escalation, a parallel step): the page says so, which is a correct answer.
            return (page.StatusCode, html);
        }

        var antiforgeryCookie = page.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]).FirstOrDefault(c => c.StartsWith("ic.af=", StringComparison.Ordinal)) : null;
        var values = Values(task, SchoolTime.Today(clock, InternalControl.Kernel.Schools.Country.Kg));
        values.Add(new("__RequestVerificationToken", token.Groups[1].Value));
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/tasks/" + task.Id, UriKind.Relative)) { Content = new FormUrlEncodedContent(values) };
        post.Headers.Add("Cookie", antiforgeryCookie is null ? cookie : cookie + "; " + antiforgeryCookie);
        using var response = await http.SendAsync(post).ConfigureAwait(false);
        return (response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false));
    }

    private static List<KeyValuePair<string, string>> Values(WorkflowTask task, DateOnly today)
    {
        var values = task.Fields.Select(f => new KeyValuePair<string, string>("field." + f.Name, f.Type switch
        {
            FieldType.Date => IsoDate.Text(today),
            FieldType.Number => "1",
            FieldType.YesNo => "yes",
            FieldType.Choice or FieldType.Choices => f.Options[0],
            _ => "ok",
        })).ToList();
        values.Add(new("outcome", task.Outcomes[0]));
        return values;
    }
}
