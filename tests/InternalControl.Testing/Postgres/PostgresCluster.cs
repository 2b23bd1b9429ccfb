using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace InternalControl.Testing.Postgres;

/// <summary>
/// A PostgreSQL server for tests and benchmarks: the one named by the connection string in <see cref="Variable"/> when
/// it is set, otherwise a private cluster started here (initdb into a temporary folder, run as the <c>postgres</c> user
/// when the process is root, on a free loopback port with its socket in that folder) and stopped and deleted on dispose.
/// Its shared buffers are kept small: the machine is shared.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    /// <summary>The environment variable with the connection string of a server of one's own (its user may create databases).</summary>
    public const string Variable = "IC_TEST_POSTGRES";

    private static readonly Lock SharedLock = new();
    private static PostgresCluster? _shared;

    private readonly string? _folder;
    private readonly string? _binaries;
    private bool _disposed;

    private PostgresCluster(string adminConnectionString, string? folder, string? binaries)
    {
        AdminConnectionString = adminConnectionString;
        _folder = folder;
        _binaries = binaries;
    }

    /// <summary>A connection string to the server's maintenance database, as a user who may create databases.</summary>
    public string AdminConnectionString { get; }

    /// <summary>True when this cluster was started here (and is stopped on dispose), false for the server in <see cref="Variable"/>.</summary>
    public bool IsPrivate => _folder is not null;

    /// <summary>
    /// The cluster of this process, started on first use and stopped when the process exits: test classes share it
    /// and each creates its own database (<see cref="PostgresDatabase"/>).
    /// </summary>
    public static PostgresCluster Shared
    {
        get
        {
            lock (SharedLock)
            {
                if (_shared is null)
                {
                    _shared = StartOrConnect();
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => _shared.Dispose();
                }

                return _shared;
            }
        }
    }

    /// <summary>The server in <see cref="Variable"/>, or a new private cluster.</summary>
    public static PostgresCluster StartOrConnect()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(given) ? Start() : new PostgresCluster(given, null, null);
    }

    /// <summary>Starts a private cluster; throws with what to do when PostgreSQL is not installed.</summary>
    public static PostgresCluster Start()
    {
        var binaries = FindBinaries() ?? throw new InvalidOperationException(
            $"PostgreSQL is not installed: no initdb under /usr/lib/postgresql/*/bin or on PATH. Install it (apt-get install postgresql) " +
            $"or set {Variable} to the connection string of a server whose user may create databases.");
        var folder = Directory.CreateTempSubdirectory("ic-pg-").FullName;
        var asPostgres = Environment.UserName == "root";
        try
        {
            if (asPostgres)
            {
                Run("chown", ["-R", "postgres:postgres", folder], asPostgres: false);
            }

            var data = System.IO.Path.Combine(folder, "data");
            Run(System.IO.Path.Combine(binaries, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], asPostgres);
            var port = FreePort();
            var options = string.Join(
                ' ',
                $"-p {port.ToString(CultureInfo.InvariantCulture)}",
                $"-k {folder}",
                "-c listen_addresses=127.0.0.1",
                "-c shared_buffers=16MB",
                "-c max_connections=60",
                "-c fsync=off",
                "-c full_page_writes=off");
            Run(System.IO.Path.Combine(binaries, "pg_ctl"), ["-D", data, "-l", System.IO.Path.Combine(folder, "server.log"), "-w", "-t", "120", "-o", options, "start"], asPostgres);
            var connection = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1",
                Port = port,
                Username = "postgres",
                Database = "postgres",
                Timeout = 30,
                CommandTimeout = 120,
            }.ConnectionString;
            StartReaper(binaries, folder, asPostgres);
            return new PostgresCluster(connection, folder, binaries);
        }
        catch
        {
            TryStop(binaries, folder, asPostgres);
            TryDelete(folder);
            throw;
        }
    }

    /// <summary>Creates an empty database with a fresh name; returns its connection string.</summary>
    public string CreateDatabase()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var name = "ic_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // A database name cannot be a parameter; this one is made here of hex digits only.
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>
    /// A new database with a fresh name, a copy of <paramref name="template"/> (made by <see cref="CreateDatabase"/>) taken by
    /// the server file by file (CREATE DATABASE ... TEMPLATE): the same rows again without writing them again.
    /// </summary>
    public string CopyDatabase(string template)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var from = Name(template);
        var name = "ic_" + Guid.NewGuid().ToString("N");
        NpgsqlConnection.ClearAllPools();
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // Both names are made here of hex digits only (Name checks the template's).
            command.CommandText = $"CREATE DATABASE {name} TEMPLATE {from}";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing whatever connections are left on it.</summary>
    public void DropDatabase(string connectionString)
    {
        if (_disposed)
        {
            return;
        }

        var name = Name(connectionString);
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE)";
        command.ExecuteNonQuery();
    }

    /// <summary>The name of a database made by this cluster; anything else is refused, so that a name in SQL is always one of ours.</summary>
    private static string Name(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        return name is null || !name.StartsWith("ic_", StringComparison.Ordinal) || !name.All(c => c == '_' || char.IsAsciiLetterOrDigit(c))
            ? throw new ArgumentException("Not a database made by this cluster.", nameof(connectionString))
            : name;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_folder is not null && _binaries is not null)
        {
            NpgsqlConnection.ClearAllPools();
            TryStop(_binaries, _folder, Environment.UserName == "root");
            TryDelete(_folder);
        }
    }

    private static string? FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            var found = Directory.GetDirectories(root)
                .Select(d => System.IO.Path.Combine(d, "bin"))
                .Where(d => File.Exists(System.IO.Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault();
            if (found is not null)
            {
                return found;
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(d => File.Exists(System.IO.Path.Combine(d, "initdb")) && File.Exists(System.IO.Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// A detached shell that waits for this process to end and then stops the cluster and deletes its folder: a test
    /// host is ended soon after its last test, often before <see cref="Dispose"/> has finished, and may be killed.
    /// </summary>
    private static void StartReaper(string binaries, string folder, bool asPostgres)
    {
        const string Script = """
            while kill -0 "$1" 2>/dev/null; do sleep 1; done
            if [ -d "$3" ]; then
              if [ "$5" = yes ]; then runuser -u postgres -- "$2" -D "$3" -m immediate -w stop >/dev/null 2>&1; else "$2" -D "$3" -m immediate -w stop >/dev/null 2>&1; fi
            fi
            rm -rf "$4"
            """;
        var start = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardOutput = false,
            RedirectStandardError = false,
        };
        foreach (var argument in new[]
        {
            "sh", "-c", Script, "reaper", Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
            System.IO.Path.Combine(binaries, "pg_ctl"), System.IO.Path.Combine(folder, "data"), folder, asPostgres ? "yes" : "no",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var reaper = Process.Start(start);
    }

    private static void TryStop(string binaries, string folder, bool asPostgres)
    {
        var data = System.IO.Path.Combine(folder, "data");
        if (Directory.Exists(data))
        {
            try
            {
                Run(System.IO.Path.Combine(binaries, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asPostgres);
            }
            catch (InvalidOperationException)
            {
                // Not running (start failed); nothing to stop.
            }
        }
    }

    private static void TryDelete(string folder)
    {
        // The server's last files may still be going away just after pg_ctl returns: a few tries.
        for (var attempt = 0; attempt < 5 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                Thread.Sleep(100);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static void Run(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var part in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(part);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{System.IO.Path.GetFileName(program)} did not finish in 3 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{System.IO.Path.GetFileName(program)} failed with exit code {process.ExitCode}: {error.Result}{output.Result}");
        }
    }
}
