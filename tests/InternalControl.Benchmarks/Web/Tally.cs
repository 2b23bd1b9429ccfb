namespace InternalControl.Benchmarks.Web;

/// <summary>Latencies and counts of one load run, shared by its simulated users.</summary>
internal sealed class Tally
{
    private readonly List<double> _latencies = [];
    private readonly Lock _gate = new();

    public int Count { get { lock (_gate) { return _latencies.Count; } } }

    public int Errors { get; private set; }

    public int Inbox { get; private set; }

    public int Cases { get; private set; }

    public int Completions { get; private set; }

    public void Add(RequestKind kind, double milliseconds, bool ok)
    {
        lock (_gate)
        {
            _latencies.Add(milliseconds);
            if (!ok)
            {
                Errors++;
            }

            switch (kind)
            {
                case RequestKind.Inbox: Inbox++; break;
                case RequestKind.Case: Cases++; break;
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
            if (_latencies.Count == 0)
            {
                return 0;
            }

            var sorted = _latencies.Order().ToList();
            var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
            return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
        }
    }
}
