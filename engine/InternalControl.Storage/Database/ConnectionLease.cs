using System.Data.Common;

namespace InternalControl.Storage.Database;

/// <summary>
/// A connection of a database lent to one user at a time (<see cref="SchoolDatabase.Lease"/>), with its prepared
/// statements (<see cref="Commands"/>): a web request reads the same dozen statements as the one before it, and on
/// SQLite preparing them, and opening and setting up the connection, cost as much as running them. Disposing it gives
/// the connection back to be lent again with its statements still prepared, unless a transaction is still open on it
/// or it broke, in which case it is closed. A PostgreSQL lease is a connection of Npgsql's own pool, closed on dispose
/// (Npgsql keeps the server's prepared statements of its pooled connections itself).
/// </summary>
public sealed class ConnectionLease : IDisposable
{
    private readonly ConnectionPool? _pool;
    private bool _returned;

    internal ConnectionLease(DbConnection connection, CommandCache commands, ConnectionPool? pool)
    {
        Connection = connection;
        Commands = commands;
        _pool = pool;
    }

    /// <summary>The connection: SQLite's (set up as <see cref="SchoolDatabase.Connect"/> sets it up) or PostgreSQL's.</summary>
    public DbConnection Connection { get; }

    /// <summary>The connection's prepared statements, kept with it while it waits in the pool.</summary>
    public CommandCache Commands { get; }

    /// <summary>Gives the connection back (or closes it, see the type); a second dispose does nothing.</summary>
    public void Dispose()
    {
        if (_returned)
        {
            return;
        }

        _returned = true;
        if (_pool is null || !_pool.Return(this))
        {
            Close();
        }
    }

    /// <summary>
    /// Rolls back a transaction still open on the connection, then finalizes its statements and closes it: Microsoft.Data.Sqlite
    /// keeps the closed connection's handle in a pool of its own, which must not hand it out mid-transaction.
    /// </summary>
    internal void Close()
    {
        if (Commands.Open is [var outer, ..])
        {
            outer.Rollback();
        }

        if (Connection is Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle } && SQLitePCL.raw.sqlite3_get_autocommit(handle) == 0)
        {
            SQLitePCL.raw.sqlite3_exec(handle, "ROLLBACK");
        }

        Commands.Dispose();
        Connection.Dispose();
    }

    /// <summary>A lease lent again: the same connection and statements, under a new dispose.</summary>
    internal ConnectionLease Renew() => new(Connection, Commands, _pool);
}
