using System.Reflection;
using FluentMigrator.Runner;
using Microsoft.Data.Sqlite;
using InternalControl.Storage.Contacts;
using InternalControl.Storage.Policies;
using InternalControl.Storage.Schools;
using InternalControl.Storage.Scores;
using Microsoft.Extensions.DependencyInjection;

namespace InternalControl.Storage.Database;

/// <summary>
/// One SQLite database file: opened with its migrations applied, in WAL mode with foreign keys on.
/// The schema exists only as FluentMigrator migrations, in this assembly and in the assemblies a
/// host adds (the workflow runtime brings its own tables). Callers reach the data through the stores it hands out
/// (<see cref="Schools"/>, <see cref="Scores"/>, <see cref="Policies"/>, <see cref="Contacts"/>), which are interfaces: a database of another
/// dialect hands out its own implementations and the callers do not change.
/// </summary>
public sealed class SchoolDatabase
{
    /// <summary>The page cache every connection gets (32 MB); a bulk write may raise its own and set this back.</summary>
    internal const string CacheSizePragma = "PRAGMA cache_size=-32768;";

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
        Schools = new SqliteSchoolStore(this);
        Scores = new SqliteScoreStore(this);
        Policies = new SqlitePolicyStore(this);
        Contacts = new SqliteContactStore(this);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The schools and their classes, staff, pupils, parents, subjects, teaching, marks and absences.</summary>
    public ISchoolStore Schools { get; }

    /// <summary>The schools' evaluation scores.</summary>
    public IScoreStore Scores { get; }

    /// <summary>The policy files attached to the schools.</summary>
    public IPolicyStore Policies { get; }

    /// <summary>How each person of a school is reached: their channels in their order of preference.</summary>
    public IContactStore Contacts { get; }

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
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint=8000; " + CacheSizePragma;
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
