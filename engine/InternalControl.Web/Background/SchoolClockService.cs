using InternalControl.Application.Delivery;
using InternalControl.Application.Telemetry;
using InternalControl.Application.Workers;
using InternalControl.Kernel.Time;
using InternalControl.Web.Hosting;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Web.Background;

/// <summary>
/// The host's background work on the product's clock: every tick interval of the options it fires due timers
/// (reminders, escalations) and sends the outbox; once a day, at the configured school-local time, it runs the evaluation
/// when it wins the school's night (<see cref="NightLeases"/>, as `ic worker` does), so that several hosts and workers
/// over one database evaluate each school once a night.
/// The outbox goes over the channels configured for it (<see cref="OutboxConfiguration"/>, as <c>ic outbox --send</c>),
/// or to the outbox file when none is.
/// </summary>
internal sealed class SchoolClockService(SchoolHost host, IConfiguration configuration, ILogger<SchoolClockService> logger) : BackgroundService
{
    private readonly NightLeases _nights = new(host.Workspace.Database);
    private readonly string _worker = $"web/{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly OutboxConfiguration _outbox = new(configuration, host.Options.DatabasePath);

    /// <summary>How long the host holds a school's night before another host or worker may take it up.</summary>
    private static readonly TimeSpan NightLease = TimeSpan.FromMinutes(5);

    /// <summary>One round: the nightly evaluation when due, then timers and the outbox. Returns the timers fired.</summary>
    public int RunOnce() => RunOnceAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>One round (see <see cref="RunOnce"/>).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var workspace = host.Workspace;
        using var session = host.OpenSession();
        var now = workspace.Clock.GetUtcNow().ToOffset(SchoolTime.Offset(workspace.School.Country));
        var today = DateOnly.FromDateTime(now.DateTime);
        var fired = 0;
        var utc = workspace.Clock.GetUtcNow();
        if (TimeOnly.FromDateTime(now.DateTime) >= host.Options.NightlyAt
            && _nights.TryClaim(workspace.School.Id, today, _worker, utc, utc + NightLease))
        {
            var run = session.Evaluate();
            fired += run.TimersFired;
            _nights.Done(workspace.School.Id, today, _worker, workspace.Clock.GetUtcNow());
        }

        fired += session.Runtime.Tick();
        OutboxSettings settings;
        try
        {
            settings = _outbox.Settings();
        }
        catch (FormatException)
        {
            // Only that the settings are wrong: a value could be a secret.
            logger.Write(LogLevel.Error, 11, new LogLine("Log.OutboxSettingsBad"));
            return fired;
        }

        if (settings.HasChannels)
        {
            await OutboxDelivery.SendAsync(settings, session, workspace.Clock, Random.Shared, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var outbox = host.Options.OutboxFile ?? System.IO.Path.ChangeExtension(workspace.Database.Path, ".outbox.txt");
            session.Runtime.Dispatch(new FileSender(outbox));
        }

        return fired;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (host.Options.TickEvery <= TimeSpan.Zero)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or System.Data.Common.DbException)
            {
                // Logged without personal data: the exception's type and message come from the engine, never a pupil's name.
                logger.Write(LogLevel.Error, 12, new LogLine("Log.BackgroundRoundFailed"), e);
            }

            try
            {
                await Task.Delay(host.Options.TickEvery, TimeProvider.System, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
