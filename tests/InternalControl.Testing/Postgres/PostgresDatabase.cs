namespace InternalControl.Testing.Postgres;

/// <summary>
/// A database of its own for one test class (an xunit class fixture) on the process's <see cref="PostgresCluster.Shared"/>
/// server, dropped on dispose.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public PostgresDatabase()
    {
        ConnectionString = PostgresCluster.Shared.CreateDatabase();
    }

    /// <summary>The connection string of this database.</summary>
    public string ConnectionString { get; }

    public void Dispose() => PostgresCluster.Shared.DropDatabase(ConnectionString);
}
