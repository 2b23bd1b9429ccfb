using System.Security.Cryptography;
using System.Text;

namespace InternalControl.Web.Hosting;

/// <summary>
/// How many parents' link requests one network address has made in the last hour (issue 11): besides the per-parent
/// limit (<see cref="InternalControl.Application.Access.ParentLinkOptions.PerHour"/>), a client that types address after
/// address to learn which are parents' gets <c>Access:LinkRequestsPerAddress</c> tries an hour, whatever it types. With
/// <c>Access:AddressKey</c> configured (a secret of at least 16 characters, the same on every host) the requests are
/// counted in the database, so every host and worker over it counts them together; what is written is the address's
/// HMAC-SHA256 under that key, never the address. Without it they are counted in this host's memory only, never
/// written, and forgotten an hour after their last request. The school's clock counts the hour.
/// </summary>
internal sealed class LinkRequestWindow(SchoolHost host)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    // A bound on the addresses held at once: past it the stale ones are dropped, and if every one is fresh a new
    // address is refused (a flood from many addresses is answered like one that is over its limit).
    private const int MaxAddresses = 10_000;

    private readonly Dictionary<string, Queue<DateTimeOffset>> _requests = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// Counts one request from <paramref name="address"/>; false (and not counted) when it has had <paramref name="perHour"/>
    /// this hour. With <paramref name="addressKey"/> the count is the database's, over every host.
    /// </summary>
    public bool Admit(string address, int perHour, string? addressKey)
    {
        var now = host.Options.Clock.GetUtcNow();
        if (addressKey is not null)
        {
            var hashed = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(addressKey), Encoding.UTF8.GetBytes(address)));
            return host.Workspace.Database.RequestWindows.Admit(hashed, now, Hour, perHour);
        }

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
