using InternalControl.Storage.Database;

namespace InternalControl.Workflows.Storage;

/// <summary>
/// The runtime's tables over one connection, to SQLite or to PostgreSQL (the tables are migrations 2001-2005 of this
/// assembly): the same SQL runs on both. Every statement, the transition path's and the lists', is prepared once and
/// bound by position (<see cref="CommandCache"/>) on a leased connection (<see cref="SchoolDatabase.Lease"/>), so that
/// the next store opened finds them prepared; values are always parameters. Not thread-safe, like the connection.
/// </summary>
internal sealed partial class SqlWorkflowStore : IWorkflowStore
{
    private readonly ConnectionLease _lease;
    private readonly CommandCache _commands;

    private SqlWorkflowStore(ConnectionLease lease)
    {
        _lease = lease;
        _commands = lease.Commands;
    }

    /// <summary>Opens a store on a connection leased from <paramref name="database"/>, which must have this assembly's migrations.</summary>
    public static SqlWorkflowStore Open(SchoolDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new SqlWorkflowStore(database.Lease());
    }

    public IWorkflowTransaction Begin() => new SqlWorkflowTransaction(WriteTransaction.Begin(_commands));

    /// <summary>Gives the connection back; a transaction still open on it closes it instead, which rolls it back.</summary>
    public void Dispose() => _lease.Dispose();

    /// <summary>The write transaction under a store transaction; null for a read outside one.</summary>
    private static WriteTransaction? Tx(IWorkflowTransaction? tx) => tx?.Write;
}
