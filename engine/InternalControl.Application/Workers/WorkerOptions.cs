using InternalControl.Application.Delivery;

namespace InternalControl.Application.Workers;

/// <summary>How a worker process runs: how many workers, how often each looks for work, when the night begins, where messages go.</summary>
/// <param name="Workers">Workers in this process, each on its own thread and connection.</param>
/// <param name="Name">The process's name in leases (each worker adds its number); a worker restarted under its old name takes its own leases up at once.</param>
/// <param name="OutboxFile">The file the outbox's messages are appended to, one JSON line each, when <see cref="Outbox"/> configures no channel.</param>
public sealed record WorkerOptions(int Workers, string Name, string OutboxFile)
{
    /// <summary>The pause between two rounds of a worker that found nothing to do.</summary>
    public TimeSpan Every { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The school-local time from which a school's nightly evaluation is due.</summary>
    public TimeOnly NightlyAt { get; init; } = new(2, 0);

    /// <summary>One round per worker, then stop (for cron, tests and benchmarks).</summary>
    public bool Once { get; init; }

    /// <summary>
    /// The outbox's channels and retry settings, read afresh at each sending (a changed settings file takes effect
    /// without a restart), as <c>ic outbox --send</c> and the web host read them; null, or settings without a channel:
    /// the messages go to <see cref="OutboxFile"/>. A <see cref="FormatException"/> from it fails the round, and the
    /// messages wait.
    /// </summary>
    public Func<OutboxSettings>? Outbox { get; init; }

    /// <summary>How long a worker holds a school's night; one that dies mid-evaluation leaves it to expire.</summary>
    public TimeSpan NightLease { get; init; } = TimeSpan.FromMinutes(5);
}
