using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using InternalControl.Storage.Database;
using InternalControl.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace InternalControl.Storage.Tests.Database;

/// <summary>The version-table check that lets an up-to-date database open without FluentMigrator's runner.</summary>
public sealed class MigrationVersionsTests
{
    private static readonly System.Reflection.Assembly[] Storage = [typeof(SchoolDatabase).Assembly];

    [Fact]
    public void Of_FindsEveryMigrationTheRunnerFinds()
    {
        // Arrange: the runner as SchoolDatabase builds it, over the same assembly.
        using var temp = new TempFolder();
        using var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(runner => runner.AddSQLite().WithGlobalConnectionString("Data Source=" + temp.File("x.db")).ScanIn(Storage).For.Migrations())
            .BuildServiceProvider(false);
        using var scope = services.CreateScope();
        var runner = scope.ServiceProvider.GetRequiredService<IMigrationInformationLoader>().LoadMigrations().Keys;

        // Act
        var ours = MigrationVersions.Of(Storage);

        // Assert: a migration the check did not know of would be skipped on every existing database.
        Assert.Equal(runner.Order(), ours.Order());
    }

    [Fact]
    public void AllApplied_AfterOpen_IsTrue_AndFalseOnceAVersionIsMissing()
    {
        // Arrange
        using var temp = new TempFolder();
        var database = SchoolDatabase.Open(temp.File("school.db"));
        using var connection = database.Connect();
        Assert.True(MigrationVersions.AllApplied(connection, Storage));

        // Act: the newest migration forgotten, as a database written by an older release would be.
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "DELETE FROM VersionInfo WHERE Version = (SELECT MAX(Version) FROM VersionInfo)";
            command.ExecuteNonQuery();
        }

        // Assert
        Assert.False(MigrationVersions.AllApplied(connection, Storage));
    }

    [Fact]
    public void AllApplied_DatabaseWithoutVersionTable_IsFalse()
    {
        // Arrange: a SQLite file no migration has touched.
        using var temp = new TempFolder();
        using var connection = new SqliteConnection("Data Source=" + temp.File("empty.db") + ";Pooling=False");
        connection.Open();

        // Act + Assert
        Assert.False(MigrationVersions.AllApplied(connection, Storage));
    }
}
