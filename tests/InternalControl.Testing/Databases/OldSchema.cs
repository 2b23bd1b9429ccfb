using System.Data.Common;
using System.Reflection;
using FluentMigrator.Runner;
using InternalControl.Storage.Database;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InternalControl.Testing.Databases;

/// <summary>A database as an older release left it: migrated up to a version only, then given rows in that schema.</summary>
public static class OldSchema
{
    /// <summary>
    /// Migrates <paramref name="target"/> (a file or a PostgreSQL connection string) up to <paramref name="version"/> with
    /// the storage's migrations and <paramref name="more"/> assemblies' (the workflow runtime's), then runs <paramref name="sql"/>.
    /// </summary>
    public static void Prepare(string target, long version, string sql, params Assembly[] more)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(more);
        var parsed = DatabaseTarget.Parse(target)!;
        var connectionString = parsed.PostgresConnectionString ?? new SqliteConnectionStringBuilder { DataSource = parsed.File }.ToString();
        using (var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner => (parsed.IsPostgres ? runner.AddPostgres() : runner.AddSQLite())
                .WithGlobalConnectionString(connectionString)
                .ScanIn([typeof(SchoolDatabase).Assembly, .. more]).For.Migrations())
            .BuildServiceProvider(false))
        {
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp(version);
        }

        using DbConnection connection = parsed.IsPostgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
