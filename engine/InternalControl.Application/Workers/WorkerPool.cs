using System.Globalization;
using Dapper;
using InternalControl.Application.Cases;
using InternalControl.Application.Delivery;
using InternalControl.Application.Workspaces;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Application.Workers;

/// <summary>
/// The workers of one process over one database of many schools (a district's). Each worker, on its own thread and
/// connections, runs rounds: it claims the nights of the schools whose nightly evaluation is due and evaluates them
/// (<see cref="NightLeases"/>: one worker per school and night) and sends each evaluated school's messages from the same
/// session, then fires the due timers and sends the outbox of every other school that still has some when the worker
/// reaches it, over the configured channels (<see cref="OutboxDelivery"/>, as <c>ic outbox --send</c> and the
/// web host send them; to the outbox file when none is configured). Timers and messages are leased by the runtime (FOR UPDATE SKIP LOCKED on PostgreSQL), so
/// workers of this and other processes share them and each fires or goes once; a worker that dies leaves its leases
/// to expire, and another takes them up.
/// </summary>
public sealed class WorkerPool(SchoolDatabase database, TimeProvider clock, WorkerOptions options)
{
    private readonly NightLeases _nights = new(database);

    /// <summary>Called (on the worker's thread) when a round fails; the worker tries again in its next round.</summary>
    public Action<Exception>? Failed { get; init; }

    /// <summary>Runs the workers until <paramref name="stop"/> is cancelled (or one round each with <see cref="WorkerOptions.Once"/>); what they did, summed.</summary>
    public WorkerRound Run(CancellationToken stop)
    {
        var workers = Enumerable.Range(1, Math.Max(1, options.Workers))
            .Select(i => Task.Factory.StartNew(() => Loop(i, stop), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        Task.WaitAll(workers, CancellationToken.None);
        return workers.Aggregate(WorkerRound.None, (total, worker) => total.Add(worker.Result));
    }

    /// <summary>
    /// One round of the worker named <paramref name="worker"/>, starting at the <paramref name="slot"/>-th of
    /// <see cref="WorkerOptions.Workers"/> equal parts of the schools, so that the workers begin apart.
    /// </summary>
    public WorkerRound Round(string worker, int slot, CancellationToken stop)
    {
        var schools = database.Schools.Schools();
        var start = schools.Count == 0 ? 0 : (int)((long)slot * schools.Count / Math.Max(1, options.Workers) % schools.Count);
        var order = schools.Skip(start).Concat(schools.Take(start)).ToList();
        var outbox = new Lazy<OutboxSettings?>(() => options.Outbox?.Invoke());
        var sentWith = new HashSet<long>();
        var evaluated = 0;
        var opened = 0;
        var fired = 0;
        var sent = 0;
        foreach (var school in order)
        {
            if (stop.IsCancellationRequested)
            {
                break;
            }

            var now = clock.GetUtcNow();
            var local = now.ToOffset(SchoolTime.Offset(school.Country));
            var night = DateOnly.FromDateTime(local.DateTime);
            if (TimeOnly.FromDateTime(local.DateTime) < options.NightlyAt || !_nights.TryClaim(school.Id, night, worker, now, now + options.NightLease))
            {
                continue;
            }

            // The night covers the evaluation and the timers it fires. Its messages go once the night is done, from the
            // same session: opening a school again reads all of it again.
            using var session = Open(school, worker);
            opened++;
            fired += session?.Evaluate().TimersFired ?? 0;
            _nights.Done(school.Id, night, worker, clock.GetUtcNow());
            evaluated++;
            if (session is not null && HasWork(worker, school.Id))
            {
                sent += Send(session, outbox.Value);
                sentWith.Add(school.Id);
            }
        }

        var busy = SchoolsWithWork(worker, null);
        foreach (var school in order.Where(s => busy.Contains(s.Id) && !sentWith.Contains(s.Id)))
        {
            // Another worker may have leased the school's timers and messages since the list was read; then the school
            // is not opened (a whole read) for nothing.
            if (stop.IsCancellationRequested || !HasWork(worker, school.Id))
            {
                continue;
            }

            using var session = Open(school, worker);
            opened++;
            if (session is not null)
            {
                fired += session.Runtime.Tick();
                sent += Send(session, outbox.Value);
            }
        }

        return new WorkerRound(evaluated, fired, sent, 1, opened);
    }

    /// <summary>Sends the school's due messages over the configured channels, or appends them to the outbox file when none is; the messages sent.</summary>
    private int Send(SchoolSession session, OutboxSettings? outbox)
    {
        if (outbox is not { HasChannels: true })
        {
            return session.Runtime.Dispatch(new FileSender(options.OutboxFile)).Sent;
        }

        // A worker's thread is its own (LongRunning), so waiting on the run blocks no one else. A stop lets the run end
        // (each try is bounded by its channel's timeout): cut between a send and its mark, a message would go twice.
        return OutboxDelivery.SendAsync(outbox, session, clock, Random.Shared).GetAwaiter().GetResult().Sent;
    }

    private WorkerRound Loop(int index, CancellationToken stop)
    {
        var worker = string.Create(CultureInfo.InvariantCulture, $"{options.Name}#{index}");
        var total = WorkerRound.None;
        while (!stop.IsCancellationRequested)
        {
            var round = WorkerRound.None;
            try
            {
                round = Round(worker, index - 1, stop);
                total = total.Add(round);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException or TimeoutException or FormatException)
            {
                Failed?.Invoke(e);
            }

            if (options.Once)
            {
                break;
            }

            if (round.Evaluated + round.Fired + round.Sent == 0)
            {
                stop.WaitHandle.WaitOne(options.Every);
            }
        }

        return total;
    }

    /// <summary>The school opened for this worker's leases; null when its policy no longer compiles (it waits for a fix).</summary>
    private SchoolSession? Open(School school, string worker)
    {
        var opened = SchoolSession.Open(Workspace.For(database, school, clock), worker);
        return opened.Succeeded ? opened.Value : null;
    }

    /// <summary>Whether the school has a due timer or an unsent message that this worker may lease now.</summary>
    private bool HasWork(string worker, long school) => SchoolsWithWork(worker, school).Count > 0;

    /// <summary>
    /// The schools (or only <paramref name="school"/>) with a due timer or an unsent message that this worker may lease
    /// now. "Due" is taken as of the latest school date of the countries served (UTC+6); a school further west finds
    /// nothing yet and costs one look.
    /// </summary>
    private HashSet<long> SchoolsWithWork(string worker, long? school)
    {
        var now = clock.GetUtcNow();
        using var connection = database.OpenConnection();
        return [.. connection.Query<long>(
            """
            SELECT c.school_id FROM wf_timers t JOIN wf_cases c ON c.id = t.case_id
            WHERE t.status = 'pending' AND t.due <= @today AND (t.lease_until IS NULL OR t.lease_until < @now OR t.lease_owner = @worker)
              AND (@school IS NULL OR c.school_id = @school)
            UNION
            SELECT school_id FROM wf_outbox
            WHERE sent_at IS NULL AND state = 'pending' AND (lease_until IS NULL OR lease_until < @now OR lease_owner = @worker)
              AND (@school IS NULL OR school_id = @school)
            """,
            new
            {
                today = IsoDate.Text(DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(6)).DateTime)),
                now = IsoInstant.Text(now),
                worker,
                school,
            })];
    }
}
