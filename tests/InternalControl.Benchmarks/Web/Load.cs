using System.Diagnostics;
using System.Net;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Benchmarks.Web;

/// <summary>
/// One signed-in member of staff: mostly the inbox, then a case from it, and now and then one of their own tasks completed
/// through its form (the form read for its antiforgery token, then posted with valid values and the first outcome; two
/// requests, timed apart). When the tasks they started with are done, they take up the tasks they hold now
/// (<paramref name="refill"/>: the steps their completions and the others' brought them), so that the mix holds for the
/// whole run while there is work to do.
/// </summary>
internal sealed class Load(HttpClient http, string cookie, List<WorkflowTask> tasks, TimeProvider clock, Tally? tally = null, bool staticOnly = false, int seed = 0, Func<IReadOnlyList<WorkflowTask>>? refill = null)
{
    private readonly Random _random = new(seed);
    private readonly Queue<WorkflowTask> _tasks = new(tasks);
    private readonly HashSet<long> _tried = [];
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
            if (roll < 10 && Next() is { } task)
            {
                await Complete(task).ConfigureAwait(false);
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

    /// <summary>The next task to complete: one of those they started with, else one they hold now and have not tried.</summary>
    private WorkflowTask? Next()
    {
        if (_tasks.Count == 0 && refill is not null)
        {
            foreach (var task in refill().Where(t => !_tried.Contains(t.Id)))
            {
                _tasks.Enqueue(task);
            }
        }

        if (!_tasks.TryDequeue(out var next))
        {
            return null;
        }

        _tried.Add(next.Id);
        return next;
    }

    private async Task<(HttpStatusCode Code, string Body)> Timed(RequestKind kind, Func<Task<(HttpStatusCode Code, string Body)>> request)
    {
        var watch = Stopwatch.StartNew();
        var answer = await request().ConfigureAwait(false);
        tally?.Add(kind, watch.Elapsed.TotalMilliseconds, (int)answer.Code);
        return answer;
    }

    /// <summary>
    /// A page read to its end and dropped (through a pooled buffer): the load runs in the host's process, so a large inbox
    /// page read into a string would add the client's large-object garbage, and its gen-2 collections, to the host's times.
    /// </summary>
    private async Task<(HttpStatusCode Code, string Body)> Get(string path)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        message.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        await response.Content.CopyToAsync(Stream.Null).ConfigureAwait(false);
        return (response.StatusCode, "");
    }

    /// <summary>
    /// The task's form (timed as <see cref="RequestKind.TaskForm"/>), then its post (timed as
    /// <see cref="RequestKind.Completion"/>: a redirect to the inbox on success).
    /// </summary>
    private async Task Complete(WorkflowTask task)
    {
        string? antiforgeryCookie = null;
        var (_, html) = await Timed(RequestKind.TaskForm, async () =>
        {
            using var form = new HttpRequestMessage(HttpMethod.Get, new Uri("/tasks/" + task.Id, UriKind.Relative));
            form.Headers.Add("Cookie", cookie);
            using var page = await http.SendAsync(form).ConfigureAwait(false);
            antiforgeryCookie = page.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]).FirstOrDefault(c => c.StartsWith("ic.af=", StringComparison.Ordinal)) : null;
            return (page.StatusCode, await page.Content.ReadAsStringAsync().ConfigureAwait(false));
        }).ConfigureAwait(false);
        var token = WebBenchmark.Antiforgery().Match(html);
        if (!token.Success)
        {
            // Done by someone else meanwhile (an escalation, a parallel step): the page says so, which is a correct answer.
            return;
        }

        var values = Values(task, SchoolTime.Today(clock, InternalControl.Kernel.Schools.Country.Kg));
        values.Add(new("__RequestVerificationToken", token.Groups[1].Value));
        await Timed(RequestKind.Completion, async () =>
        {
            using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/tasks/" + task.Id, UriKind.Relative)) { Content = new FormUrlEncodedContent(values) };
            post.Headers.Add("Cookie", antiforgeryCookie is null ? cookie : cookie + "; " + antiforgeryCookie);
            using var response = await http.SendAsync(post).ConfigureAwait(false);
            return (response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        }).ConfigureAwait(false);
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
