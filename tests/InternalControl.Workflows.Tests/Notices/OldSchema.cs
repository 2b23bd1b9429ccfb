using System.Data.Common;
using FluentMigrator.Runner;
using InternalControl.Storage.Database;
using InternalControl.Workflows.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace InternalControl.Workflows.Tests.Notices;

/// <summary>A database as an older release left it: migrated up to a version only, then given rows in that schema.</summary>
internal static class OldSchema
{
    /// <summary>Migrates <paramref name="target"/> (a file or a PostgreSQL connection string) up to <paramref name="version"/>, then runs <paramref name="sql"/>.</summary>
    public static void Prepare(string target, long version, string sql)
    {
        var parsed = DatabaseTarget.Parse(target)!;
        var connectionString = parsed.PostgresConnectionString ?? new SqliteConnectionStringBuilder { DataSource = parsed.File }.ToString();
        using (var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner => (parsed.IsPostgres ? runner.AddPostgres() : runner.AddSQLite())
                .WithGlobalConnectionString(connectionString)
                .ScanIn(typeof(SchoolDatabase).Assembly, typeof(WorkflowRuntime).Assembly).For.Migrations())
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
