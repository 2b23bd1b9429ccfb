using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace InternalControl.Storage.Database;

/// <summary>
/// The idle SQLite connections of one connection string, each with its prepared statements (<see cref="ConnectionLease"/>).
/// A connection comes back only when it is clean: no transaction of ours open on it and SQLite in autocommit (none of
/// its own either); anything else is closed. At most <see cref="MaxIdle"/> wait, so a burst does not keep its connections.
/// </summary>
internal sealed class ConnectionPool
{
    /// <summary>How many idle connections a database keeps.</summary>
    internal const int MaxIdle = 32;

    private static readonly ConcurrentDictionary<string, ConnectionPool> Pools = new(StringComparer.Ordinal);

    private readonly ConcurrentBag<ConnectionLease> _idle = [];
    private int _count;
    private volatile bool _cleared;

    /// <summary>The pool of <paramref name="connectionString"/>, shared by every <see cref="SchoolDatabase"/> over the same file.</summary>
    public static ConnectionPool Of(string connectionString) => Pools.GetOrAdd(connectionString, _ => new ConnectionPool());

    /// <summary>An idle connection, or a new one from <paramref name="connect"/>.</summary>
    public ConnectionLease Rent(Func<SqliteConnection> connect)
    {
        if (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _count);
            return idle.Renew();
        }

        var connection = connect();
        return new ConnectionLease(connection, new CommandCache(connection), this);
    }

    /// <summary>Takes a lease back; false when it is to be closed instead (not clean, the pool full or cleared).</summary>
    public bool Return(ConnectionLease lease)
    {
        var clean = lease.Commands.Open.Count == 0 && lease.Connection.State == System.Data.ConnectionState.Open
            && lease.Connection is SqliteConnection { Handle: { } handle } && SQLitePCL.raw.sqlite3_get_autocommit(handle) != 0;
        if (!clean || _cleared)
        {
            return false;
        }

        if (Interlocked.Increment(ref _count) > MaxIdle)
        {
            Interlocked.Decrement(ref _count);
            return false;
        }

        _idle.Add(lease);
        if (_cleared)
        {
            Drain();
        }

        return true;
    }

    /// <summary>Closes every idle connection of every pool; leases still out are closed when they come back.</summary>
    public static void ClearAll()
    {
        foreach (var key in Pools.Keys)
        {
            if (Pools.TryRemove(key, out var pool))
            {
                pool._cleared = true;
                pool.Drain();
            }
        }
    }

    private void Drain()
    {
        while (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _count);
            idle.Close();
        }
    }
}
