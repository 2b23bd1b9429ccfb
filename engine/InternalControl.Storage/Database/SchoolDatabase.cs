using System.Reflection;
using FluentMigrator.Runner;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace InternalControl.Storage.Database;

/// <summary>
/// One SQLite database file: opened with its migrations applied, in WAL mode with foreign keys on.
/// The schema exists only as FluentMigrator migrations, in this assembly and in the assemblies a
/// host adds (the workflow runtime brings its own tables).
/// </summary>
public sealed class SchoolDatabase
{
    private readonly string _connectionString;

    private SchoolDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens (creating when missing) the database at <paramref name="path"/> and brings its schema up to date
    /// with the migrations of the engine and of <paramref name="migrationAssemblies"/>.
    /// </summary>
    public static SchoolDatabase Open(string path, params Assembly[] migrationAssemblies)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var database = new SchoolDatabase(path);
        using (var connection = database.Connect())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            command.ExecuteNonQuery();
        }

        database.Migrate([typeof(SchoolDatabase).Assembly, .. migrationAssemblies]);
        return database;
    }

    /// <summary>Opens a new connection with foreign keys on and a busy timeout, so concurrent writers wait instead of failing.</summary>
    /// <remarks>
    /// In WAL mode with synchronous=NORMAL a commit is safe from a crash of the process without an fsync; the fsyncs
    /// come at checkpoints, and on virtual disks one costs milliseconds. Checkpointing every 8,000 pages (32 MB of
    /// WAL) instead of SQLite's 1,000 makes them rare and lets each write a hot page once for many commits.
    /// </remarks>
    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint=8000; PRAGMA cache_size=-32768;";
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Releases pooled connections to this file (before a temporary folder is deleted).</summary>
    public static void ReleaseAll() => SqliteConnection.ClearAllPools();

    private void Migrate(Assembly[] assemblies)
    {
        using var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner => runner
                .AddSQLite()
                .WithGlobalConnectionString(_connectionString)
                .ScanIn(assemblies.Distinct().ToArray()).For.Migrations())
            .BuildServiceProvider(false);
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }
}
