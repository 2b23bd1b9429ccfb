using System.Data;
using System.Data.Common;
using System.Reflection;
using FluentMigrator.Runner;
using Microsoft.Data.Sqlite;
using InternalControl.Storage.Access;
using InternalControl.Storage.Contacts;
using InternalControl.Storage.Policies;
using InternalControl.Storage.Schools;
using InternalControl.Storage.Plans;
using InternalControl.Storage.Scores;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InternalControl.Storage.Database;

/// <summary>
/// One database: a SQLite file (opened in WAL mode with foreign keys on) or a PostgreSQL database, with its migrations applied.
/// The schema exists only as FluentMigrator migrations, in this assembly and in the assemblies a
/// host adds (the workflow runtime brings its own tables). Callers reach the data through the stores it hands out
/// (<see cref="Schools"/>, <see cref="Scores"/>, <see cref="Policies"/>, <see cref="Contacts"/>), which are interfaces: a database of another
/// dialect hands out its own implementations and the callers do not change.
/// </summary>
public sealed class SchoolDatabase
{
    /// <summary>The page cache every connection gets (32 MB); a bulk write may raise its own and set this back.</summary>
    internal const string CacheSizePragma = "PRAGMA cache_size=-32768;";

    private const int SqliteCantOpen = 14;

    private readonly string _connectionString;

    private SchoolDatabase(DatabaseTarget target, bool readOnly = false, bool immutable = false)
    {
        Target = target;
        IsReadOnly = readOnly;
        Path = target.Display;
        if (target.PostgresConnectionString is { } postgres)
        {
            _connectionString = postgres;
        }
        else
        {
            _connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = immutable ? new Uri(System.IO.Path.GetFullPath(target.File!)).AbsoluteUri + "?immutable=1" : target.File,
                Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
                ForeignKeys = true,
                DefaultTimeout = 30,
                Pooling = true,
            }.ToString();
        }

        Schools = new SqlSchoolStore(this);
        Scores = new SqlScoreStore(this);
        Policies = new SqlPolicyStore(this);
        Contacts = new SqlContactStore(this);
        Plans = new SqlPlanStore(this);
        RequestWindows = new SqlRequestWindowStore(this);
    }

    /// <summary>The database file; for PostgreSQL, its server and database without user or password.</summary>
    public string Path { get; }

    /// <summary>Where the database lives: a SQLite file or a PostgreSQL database.</summary>
    public DatabaseTarget Target { get; }

    /// <summary>
    /// True when the database was opened for reading only (<see cref="OpenForReading"/>): SQLite connections are opened
    /// read-only, so nothing done through them can write, and the migrations were checked but not applied.
    /// </summary>
    public bool IsReadOnly { get; }

    /// <summary>True for a PostgreSQL database.</summary>
    public bool IsPostgres => Target.IsPostgres;

    /// <summary>The schools and their classes, staff, pupils, parents, subjects, teaching, marks and absences.</summary>
    public ISchoolStore Schools { get; }

    /// <summary>The schools' evaluation scores.</summary>
    public IScoreStore Scores { get; }

    /// <summary>The policy files attached to the schools.</summary>
    public IPolicyStore Policies { get; }

    /// <summary>How each person of a school is reached: their channels in their order of preference.</summary>
    public IContactStore Contacts { get; }

    /// <summary>The schools' yearly internal control plans (Kazakh Order No. 130).</summary>
    public IPlanStore Plans { get; }

    /// <summary>Requests counted per (hashed) network address over every host of the database.</summary>
    public IRequestWindowStore RequestWindows { get; }

    /// <summary>
    /// Opens (creating when missing) the database at <paramref name="path"/> (a SQLite file, or a PostgreSQL connection
    /// string, see <see cref="DatabaseTarget"/>) and brings its schema up to date with the migrations of the engine and
    /// of <paramref name="migrationAssemblies"/>. A PostgreSQL database must exist; its tables are created here.
    /// </summary>
    public static SchoolDatabase Open(string path, params Assembly[] migrationAssemblies)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var target = DatabaseTarget.Parse(path) ?? throw new ArgumentException("The PostgreSQL connection string is malformed.", nameof(path));
        if (target.IsPostgres)
        {
            var server = new SchoolDatabase(target);

            // A first connection of our own: a server that refuses fails here with Npgsql's exception, which the
            // migration runner would wrap in its own.
            using (server.ConnectPostgres())
            {
            }

            server.Migrate([typeof(SchoolDatabase).Assembly, .. migrationAssemblies]);
            return server;
        }

        var directory = System.IO.Path.GetDirectoryName(target.File);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        CreateOwnerOnly(target.File!);
        var database = new SchoolDatabase(target);
        using (var connection = database.Connect())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            command.ExecuteNonQuery();
        }

        database.Migrate([typeof(SchoolDatabase).Assembly, .. migrationAssemblies]);
        return database;
    }

    /// <summary>
    /// Opens an existing database for reading only: a SQLite file is opened read-only (no folder or file is created,
    /// the journal mode is left as it is), and the migrations are checked, never applied. The answer says whether the
    /// schema is up to date; a database that needs migrating must be opened by <see cref="Open"/>, which writes.
    /// </summary>
    public static (SchoolDatabase Database, bool UpToDate) OpenForReading(string path, params Assembly[] migrationAssemblies)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var target = DatabaseTarget.Parse(path) ?? throw new ArgumentException("The PostgreSQL connection string is malformed.", nameof(path));
        var database = new SchoolDatabase(target, readOnly: true);
        if (target.IsPostgres)
        {
            using (database.ConnectPostgres())
            {
            }
        }
        else
        {
            try
            {
                using (database.Connect())
                {
                }
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteCantOpen && !File.Exists(target.File + "-wal"))
            {
                // A WAL database in a folder that may not be written: SQLite cannot create the -shm file it reads through.
                // With no -wal file and a folder nobody can write, no writer can exist (it would need a -wal), so the file
                // is all there is and may be read as immutable.
                database = new SchoolDatabase(target, readOnly: true, immutable: true);
                using (database.Connect())
                {
                }
            }
        }

        return (database, !database.HasPendingMigrations([typeof(SchoolDatabase).Assembly, .. migrationAssemblies]));
    }

    /// <summary>
    /// Creates a missing database file readable and writable by its owner only (0600), whatever the umask: it holds
    /// minors' personal data. SQLite gives its -wal and -shm files the database file's permissions.
    /// </summary>
    private static void CreateOwnerOnly(string file)
    {
        if (OperatingSystem.IsWindows() || File.Exists(file))
        {
            return;
        }

        try
        {
            using var created = new FileStream(file, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another process created it first; it applies the same mode.
        }
    }

    /// <summary>Opens a new connection with foreign keys on and a busy timeout, so concurrent writers wait instead of failing.</summary>
    /// <remarks>
    /// In WAL mode with synchronous=NORMAL a commit is safe from a crash of the process without an fsync; the fsyncs
    /// come at checkpoints, and on virtual disks one costs milliseconds. Checkpointing every 8,000 pages (32 MB of
    /// WAL) instead of SQLite's 1,000 makes them rare and lets each write a hot page once for many commits.
    /// </remarks>
    public SqliteConnection Connect()
    {
        if (IsPostgres)
        {
            throw new InvalidOperationException("The database is PostgreSQL: use ConnectPostgres.");
        }

        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint=8000; " + CacheSizePragma;
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Opens a new connection of the database's kind: SQLite's as <see cref="Connect"/> sets it up, or PostgreSQL's.</summary>
    public DbConnection OpenConnection() => IsPostgres ? ConnectPostgres() : Connect();

    /// <summary>A read transaction over one consistent snapshot: SQLite's deferred one, PostgreSQL's repeatable read.</summary>
    public static DbTransaction BeginSnapshot(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: true) : connection.BeginTransaction(IsolationLevel.RepeatableRead);
    }

    /// <summary>Opens a new connection to a PostgreSQL database.</summary>
    public NpgsqlConnection ConnectPostgres()
    {
        if (!IsPostgres)
        {
            throw new InvalidOperationException("The database is a SQLite file: use Connect.");
        }

        var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Lends a connection with its prepared statements (dispose the lease to give it back): on SQLite one of the
    /// database's idle connections, whose statements stay prepared from one use to the next, or a new one; on
    /// PostgreSQL a connection of Npgsql's pool. One user at a time; see <see cref="ConnectionLease"/>.
    /// </summary>
    public ConnectionLease Lease()
    {
        if (IsPostgres)
        {
            var postgres = ConnectPostgres();
            return new ConnectionLease(postgres, new CommandCache(postgres), null);
        }

        return ConnectionPool.Of(_connectionString).Rent(Connect);
    }

    /// <summary>Releases pooled connections, leased ones included (before a temporary folder is deleted).</summary>
    public static void ReleaseAll()
    {
        ConnectionPool.ClearAll();
        SqliteConnection.ClearAllPools();
    }

    private void Migrate(Assembly[] assemblies)
    {
        if (UpToDate(assemblies))
        {
            return;
        }

        using var services = MigrationServices(assemblies);
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }

    /// <summary>True when a migration of <paramref name="assemblies"/> has not been applied; reads the version table only.</summary>
    private bool HasPendingMigrations(Assembly[] assemblies)
    {
        if (UpToDate(assemblies))
        {
            return false;
        }

        using var services = MigrationServices(assemblies);
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IMigrationRunner>().HasMigrationsToApplyUp();
    }

    /// <summary>Whether every migration is applied, by the version table alone (<see cref="MigrationVersions"/>).</summary>
    private bool UpToDate(Assembly[] assemblies)
    {
        using var connection = OpenConnection();
        return MigrationVersions.AllApplied(connection, assemblies);
    }

    private ServiceProvider MigrationServices(Assembly[] assemblies)
    {
        return new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner => (IsPostgres ? runner.AddPostgres() : runner.AddSQLite())
                .WithGlobalConnectionString(_connectionString)
                .ScanIn(assemblies.Distinct().ToArray()).For.Migrations())
            .BuildServiceProvider(false);
    }
}
