namespace InternalControl.Web.Hosting;

/// <summary>
/// How many parents' link requests one network address has made in the last hour (issue 11): besides the per-parent
/// limit (<see cref="InternalControl.Application.Access.ParentLinkOptions.PerHour"/>), a client that types address after
/// address to learn which are parents' gets <c>Access:LinkRequestsPerAddress</c> tries an hour, whatever it types. The
/// addresses are held in memory only, never written, and forgotten an hour after their last request; the school's
/// clock counts the hour.
/// </summary>
internal sealed class LinkRequestWindow(SchoolHost host)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    // A bound on the addresses held at once: past it the stale ones are dropped, and if every one is fresh a new
    // address is refused (a flood from many addresses is answered like one that is over its limit).
    private const int MaxAddresses = 10_000;

    private readonly Dictionary<string, Queue<DateTimeOffset>> _requests = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Counts one request from <paramref name="address"/>; false (and not counted) when it has had <paramref name="perHour"/> this hour.</summary>
    public bool Admit(string address, int perHour)
    {
        var now = host.Options.Clock.GetUtcNow();
        lock (_gate)
        {
            if (!_requests.TryGetValue(address, out var times))
            {
                if (_requests.Count >= MaxAddresses)
                {
                    Prune(now);
                    if (_requests.Count >= MaxAddresses)
                    {
                        return false;
                    }
                }

                times = new Queue<DateTimeOffset>();
                _requests[address] = times;
            }

            while (times.Count > 0 && times.Peek() <= now - Hour)
            {
                times.Dequeue();
            }

            if (times.Count >= perHour)
            {
                return false;
            }

            times.Enqueue(now);
            return true;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var stale in _requests.Where(r => r.Value.Count == 0 || r.Value.Max() <= now - Hour).Select(r => r.Key).ToList())
        {
            _requests.Remove(stale);
        }
    }
}
