using Microsoft.Data.Sqlite;
using InternalControl.Storage.Database;

namespace InternalControl.Storage.Tests.Database;

/// <summary>`ic db copy` checks each table row by row: a row whose value differs is found even when the counts agree.</summary>
public sealed class RowFingerprintsTests
{
    [Fact]
    public void SameCount_OneValueChanged_TwoRowsDiffer_AndTheSameRowsInAnotherOrder_NoneDiffer()
    {
        // Arrange
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Run(connection, "CREATE TABLE a (id INTEGER, name TEXT, day TEXT); CREATE TABLE b (id INTEGER, name TEXT, day TEXT); CREATE TABLE c (id INTEGER, name TEXT, day TEXT)");
        Run(connection, "INSERT INTO a VALUES (1, 'Асанов', '2026-11-27'), (2, NULL, '2026-11-28'), (2, NULL, '2026-11-28')");
        Run(connection, "INSERT INTO b VALUES (2, NULL, '2026-11-28'), (1, 'Асанов', '2026-11-27'), (2, NULL, '2026-11-28')");
        Run(connection, "INSERT INTO c VALUES (1, 'Асанова', '2026-11-27'), (2, NULL, '2026-11-28'), (2, NULL, '2026-11-28')");
        using var tx = connection.BeginTransaction();

        // Act
        var a = RowFingerprints.Of(connection, tx, "a");
        var reordered = RowFingerprints.Differing(a, RowFingerprints.Of(connection, tx, "b"));
        var changed = RowFingerprints.Differing(a, RowFingerprints.Of(connection, tx, "c"));

        // Assert: a missing row and an extra one
        Assert.Equal((0L, 2L), (reordered, changed));
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
