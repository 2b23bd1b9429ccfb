using Npgsql;

namespace InternalControl.Storage.Database;

/// <summary>
/// Where a database lives, as <c>--db</c> gives it: a SQLite file path, or a PostgreSQL connection string in key=value
/// form (<c>Host=...;Database=...</c>) or as a URL (<c>postgres://user:password@host:port/database</c>).
/// </summary>
public sealed class DatabaseTarget
{
    private DatabaseTarget(string? file, string? postgres)
    {
        File = file;
        PostgresConnectionString = postgres;
    }

    /// <summary>The SQLite file, or null for PostgreSQL.</summary>
    public string? File { get; }

    /// <summary>The Npgsql connection string, or null for a SQLite file.</summary>
    public string? PostgresConnectionString { get; }

    public bool IsPostgres => PostgresConnectionString is not null;

    /// <summary>
    /// What a person may see of the target: the file, or the server, port and database without user or password.
    /// </summary>
    public string Display => File ?? Describe(new NpgsqlConnectionStringBuilder(PostgresConnectionString));

    /// <summary>True when <paramref name="text"/> is meant as a PostgreSQL connection string (it may still be malformed).</summary>
    public static bool LooksLikePostgres(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart();
        return trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || (trimmed.Contains('=', StringComparison.Ordinal)
                && trimmed.Split(';').Any(part => part.TrimStart().StartsWith("Host", StringComparison.OrdinalIgnoreCase)
                    || part.TrimStart().StartsWith("Server", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The target of <paramref name="text"/>, or null when it is a malformed PostgreSQL connection string.</summary>
    public static DatabaseTarget? Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (!LooksLikePostgres(text))
        {
            return new DatabaseTarget(System.IO.Path.GetFullPath(text), null);
        }

        var trimmed = text.Trim();
        try
        {
            var builder = trimmed.Contains("://", StringComparison.Ordinal) ? FromUrl(trimmed) : new NpgsqlConnectionStringBuilder(trimmed);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                return null;
            }

            return new DatabaseTarget(null, builder.ConnectionString);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (FormatException)
        {
            // UriFormatException too.
            return null;
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        var uri = new Uri(url);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            builder.Database = Uri.UnescapeDataString(database);
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }

        return builder;
    }

    private static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
}
