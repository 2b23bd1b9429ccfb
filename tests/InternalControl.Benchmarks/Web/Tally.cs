namespace InternalControl.Benchmarks.Web;

/// <summary>Latencies and counts of one load run, shared by its simulated users.</summary>
internal sealed class Tally
{
    private readonly List<double> _latencies = [];
    private readonly Dictionary<RequestKind, List<double>> _byKind = [];
    private readonly Lock _gate = new();

    public int Count { get { lock (_gate) { return _latencies.Count; } } }

    public int Errors { get; private set; }

    /// <summary>Completions another user had made first (409), answered as such; not errors.</summary>
    public int Conflicts { get; private set; }

    /// <summary>The failed requests by status code ("409x3 500x1"), so that an error count says what failed.</summary>
    public string ErrorStatuses { get { lock (_gate) { return string.Join(" ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}x{s.Value}")); } } }

    private readonly Dictionary<int, int> _statuses = [];

    public int Inbox { get; private set; }

    public int Cases { get; private set; }

    public int Completions { get; private set; }

    public int TaskForms { get; private set; }

    public void Add(RequestKind kind, double milliseconds, int status)
    {
        // 409: two users finished the same task at once, and the second was told it is done: the right answer to a race.
        var ok = status is >= 200 and < 400 or 409;
        lock (_gate)
        {
            _latencies.Add(milliseconds);
            if (!_byKind.TryGetValue(kind, out var ofKind))
            {
                _byKind[kind] = ofKind = [];
            }

            ofKind.Add(milliseconds);
            Conflicts += status == 409 ? 1 : 0;
            if (!ok)
            {
                Errors++;
                _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
            }

            switch (kind)
            {
                case RequestKind.Inbox: Inbox++; break;
                case RequestKind.Case: Cases++; break;
                case RequestKind.TaskForm: TaskForms++; break;
                case RequestKind.Completion: Completions++; break;
                default: break;
            }
        }
    }

    /// <summary>The <paramref name="percentile"/>th percentile of the latencies, in milliseconds (nearest rank).</summary>
    public double P(int percentile)
    {
        lock (_gate)
        {
            return Percentile(_latencies, percentile);
        }
    }

    /// <summary>The <paramref name="percentile"/>th percentile of one kind of request's latencies, in milliseconds.</summary>
    public double P(RequestKind kind, int percentile)
    {
        lock (_gate)
        {
            return _byKind.TryGetValue(kind, out var ofKind) ? Percentile(ofKind, percentile) : 0;
        }
    }

    private static double Percentile(List<double> latencies, int percentile)
    {
        if (latencies.Count == 0)
        {
            return 0;
        }

        var sorted = latencies.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
