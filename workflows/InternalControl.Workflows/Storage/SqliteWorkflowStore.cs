using InternalControl.Storage.Database;
using Microsoft.Data.Sqlite;

namespace InternalControl.Workflows.Storage;

/// <summary>
/// The runtime's tables in SQLite over one connection (the tables are migrations 2001-2005 of this assembly). Every
/// statement, the transition path's and the lists', is prepared once and bound by position (<see cref="CommandCache"/>);
/// values are always parameters. Not thread-safe, like the connection.
/// </summary>
internal sealed partial class SqliteWorkflowStore : IWorkflowStore
{
    private readonly SqliteConnection _connection;
    private readonly CommandCache _commands;

    private SqliteWorkflowStore(SqliteConnection connection)
    {
        _connection = connection;
        _commands = new CommandCache(connection);
    }

    /// <summary>Opens a store on a new connection to <paramref name="database"/>, which must have this assembly's migrations.</summary>
    public static SqliteWorkflowStore Open(SchoolDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new SqliteWorkflowStore(database.Connect());
    }

    public IWorkflowTransaction Begin() => new SqliteWorkflowTransaction(WriteTransaction.Begin(_commands));

    public void Dispose()
    {
        _commands.Dispose();
        _connection.Dispose();
    }

    /// <summary>The write transaction under a store transaction; null for a read outside one.</summary>
    private static WriteTransaction? Tx(IWorkflowTransaction? tx) => tx switch
    {
        null => null,
        SqliteWorkflowTransaction sqlite => sqlite.Inner,
        _ => throw new ArgumentException("The transaction belongs to another store.", nameof(tx)),
    };
}
