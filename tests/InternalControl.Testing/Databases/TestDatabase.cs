using InternalControl.Testing.Postgres;

namespace InternalControl.Testing.Databases;

/// <summary>
/// An empty database of one test on a backend: a file in the test's folder, or a new database on the process's
/// PostgreSQL cluster (<see cref="PostgresCluster.Shared"/>), dropped on dispose. <see cref="Target"/> is what
/// <c>SchoolDatabase.Open</c> and <c>--db</c> take.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly bool _postgres;

    public TestDatabase(Backend backend, TempFolder folder, string name = "school.db")
    {
        ArgumentNullException.ThrowIfNull(folder);
        _postgres = backend == Backend.Postgres;
        Target = _postgres ? PostgresCluster.Shared.CreateDatabase() : folder.File(name);
    }

    /// <summary>The file path or the connection string.</summary>
    public string Target { get; }

    public void Dispose()
    {
        if (_postgres)
        {
            PostgresCluster.Shared.DropDatabase(Target);
        }
    }
}
