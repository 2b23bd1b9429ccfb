using Dapper;
using InternalControl.Kernel.Time;
using InternalControl.Storage.Database;

namespace InternalControl.Application.Workers;

/// <summary>
/// Who evaluates which school on which night (table worker_nights, migration 2101): a worker claims a school's night in
/// one statement, which succeeds for one worker only while the night is undone and its lease unexpired; the same SQL runs
/// on SQLite and PostgreSQL (an upsert whose update is conditional, so a row already leased is left as it is).
/// </summary>
public sealed class NightLeases(SchoolDatabase database)
{
    /// <summary>
    /// Claims <paramref name="night"/> of a school for <paramref name="worker"/> until <paramref name="until"/>: true when
    /// this worker now holds it (a free night, one whose earlier holder let its lease expire without finishing, or one
    /// this worker's name held when its process died: a worker restarted under its old name takes it up at once).
    /// </summary>
    public bool TryClaim(long schoolId, DateOnly night, string worker, DateTimeOffset now, DateTimeOffset until)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        using var connection = database.OpenConnection();
        var claimed = connection.Query<long>(
            """
            INSERT INTO worker_nights (school_id, night, lease_owner, lease_until, runs) VALUES (@schoolId, @night, @worker, @until, 1)
            ON CONFLICT (school_id, night) DO UPDATE SET lease_owner = excluded.lease_owner, lease_until = excluded.lease_until,
                runs = worker_nights.runs + 1
            WHERE worker_nights.done_at IS NULL AND (worker_nights.lease_until < @now OR worker_nights.lease_owner = excluded.lease_owner)
            RETURNING school_id
            """,
            new { schoolId, night = Night(night), worker, until = Stamp(until), now = Stamp(now) }).ToList();
        return claimed.Count == 1;
    }

    /// <summary>Marks the night done by its holder: no worker claims it again.</summary>
    public void Done(long schoolId, DateOnly night, string worker, DateTimeOffset now)
    {
        using var connection = database.OpenConnection();
        connection.Execute(
            "UPDATE worker_nights SET done_at = @now WHERE school_id = @schoolId AND night = @night AND lease_owner = @worker",
            new { schoolId, night = Night(night), worker, now = Stamp(now) });
    }

    /// <summary>How many times each school's <paramref name="night"/> was claimed (1 when it was evaluated once), by school id.</summary>
    public IReadOnlyDictionary<long, int> Runs(DateOnly night)
    {
        using var connection = database.OpenConnection();
        return connection.Query<(long School, long Runs)>(
                "SELECT school_id, runs FROM worker_nights WHERE night = @night AND done_at IS NOT NULL ORDER BY school_id",
                new { night = Night(night) })
            .ToDictionary(r => r.School, r => (int)r.Runs);
    }

    private static string Night(DateOnly night) => IsoDate.Text(night);

    private static string Stamp(DateTimeOffset at) => InternalControl.Kernel.Time.IsoInstant.UtcText(at);
}
