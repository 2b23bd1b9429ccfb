using System.Data.Common;
using InternalControl.Storage.Database;
using Microsoft.Data.Sqlite;

namespace InternalControl.Storage.Schools;

/// <summary>
/// An import on SQLite or PostgreSQL: one connection and one write transaction (<see cref="WriteTransaction"/>: BEGIN
/// IMMEDIATE on SQLite, BEGIN on PostgreSQL) from the read of the existing ids to the commit of the last row. Every
/// statement is one SQL text for both databases, prepared once on the connection (<see cref="CommandCache"/>).
/// </summary>
internal sealed class SqlSchoolImport : ISchoolImport
{
    private readonly DbConnection _connection;
    private readonly CommandCache _commands;
    private readonly WriteTransaction _transaction;
    private readonly long _schoolId;
    private bool _ended;
    private bool _disposed;

    private SqlSchoolImport(DbConnection connection, CommandCache commands, WriteTransaction transaction, long schoolId, SchoolIds existing)
    {
        _connection = connection;
        _commands = commands;
        _transaction = transaction;
        _schoolId = schoolId;
        Existing = existing;
    }

    public SchoolIds Existing { get; }

    public static SqlSchoolImport Begin(SchoolDatabase database, long schoolId)
    {
        var connection = database.OpenConnection();
        CommandCache? commands = null;
        try
        {
            if (connection is SqliteConnection sqlite)
            {
                // A large school's marks index does not fit the connection's page cache; Dispose gives the pooled
                // connection its own size back.
                Pragma(sqlite, "PRAGMA cache_size = -65536");
            }

            commands = CommandCache.For(connection);

            var transaction = WriteTransaction.Begin(commands);
            var existing = new SchoolIds(
                Ids(commands, transaction, schoolId, "classes"),
                Ids(commands, transaction, schoolId, "staff"),
                Ids(commands, transaction, schoolId, "pupils"),
                Ids(commands, transaction, schoolId, "subjects"),
                Ids(commands, transaction, schoolId, "parents"));
            return new SqlSchoolImport(connection, commands, transaction, schoolId, existing);
        }
        catch
        {
            commands?.Dispose();
            connection.Dispose();
            throw;
        }
    }

    public void Commit(SchoolRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ObjectDisposedException.ThrowIf(_ended, this);
        new SqlImportWriter(_commands, _transaction, _schoolId).Write(rows);
        _transaction.Commit();
        _ended = true;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;

        // Disposing an uncommitted transaction rolls it back.
        _transaction.Dispose();
        _ended = true;
        _commands.Dispose();
        if (_connection is SqliteConnection sqlite)
        {
            Pragma(sqlite, SchoolDatabase.CacheSizePragma);
        }

        _connection.Dispose();
    }

    private static HashSet<string> Ids(CommandCache commands, WriteTransaction transaction, long schoolId, string table) =>
        // The table name is one of five constants above, never input.
        new(commands.Many($"SELECT id FROM {table} WHERE school_id = @school", transaction, row => row.GetString(0), ("@school", schoolId)), StringComparer.Ordinal);

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
