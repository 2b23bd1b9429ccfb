using InternalControl.Storage.Database;
using System.Data.Common;

namespace InternalControl.Workflows.Storage;

/// <summary>
/// The runtime's tables over one connection, to SQLite or to PostgreSQL (the tables are migrations 2001-2005 of this
/// assembly): the same SQL runs on both. Every statement, the transition path's and the lists', is prepared once and
/// bound by position (<see cref="CommandCache"/>); values are always parameters. Not thread-safe, like the connection.
/// </summary>
internal sealed partial class SqlWorkflowStore : IWorkflowStore
{
    private readonly DbConnection _connection;
    private readonly CommandCache _commands;

    private SqlWorkflowStore(DbConnection connection, CommandCache commands)
    {
        _connection = connection;
        _commands = commands;
    }

    /// <summary>Opens a store on a new connection to <paramref name="database"/>, which must have this assembly's migrations.</summary>
    public static SqlWorkflowStore Open(SchoolDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.IsPostgres)
        {
            var postgres = database.ConnectPostgres();
            return new SqlWorkflowStore(postgres, new CommandCache(postgres));
        }

        var sqlite = database.Connect();
        return new SqlWorkflowStore(sqlite, new CommandCache(sqlite));
    }

    public IWorkflowTransaction Begin() => new SqlWorkflowTransaction(WriteTransaction.Begin(_commands));

    public void Dispose()
    {
        _commands.Dispose();
        _connection.Dispose();
    }

    /// <summary>The write transaction under a store transaction; null for a read outside one.</summary>
    private static WriteTransaction? Tx(IWorkflowTransaction? tx) => tx?.Write;
}
