using InternalControl.Storage.Database;
using Microsoft.Data.Sqlite;

namespace InternalControl.Storage.Schools;

/// <summary>
/// An import on SQLite: one connection and one write transaction (BEGIN IMMEDIATE) from the read of the existing
/// ids to the commit of the last row.
/// </summary>
internal sealed class SqliteSchoolImport : ISchoolImport
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly long _schoolId;
    private bool _ended;
    private bool _disposed;

    private SqliteSchoolImport(SqliteConnection connection, SqliteTransaction transaction, long schoolId, SchoolIds existing)
    {
        _connection = connection;
        _transaction = transaction;
        _schoolId = schoolId;
        Existing = existing;
    }

    public SchoolIds Existing { get; }

    public static SqliteSchoolImport Begin(SchoolDatabase database, long schoolId)
    {
        var connection = database.Connect();
        try
        {
            // A large school's marks index does not fit the connection's page cache; Dispose gives the pooled
            // connection its own size back.
            Pragma(connection, "PRAGMA cache_size = -65536");
            var transaction = connection.BeginTransaction();
            var existing = new SchoolIds(
                Ids(connection, transaction, schoolId, "classes"),
                Ids(connection, transaction, schoolId, "staff"),
                Ids(connection, transaction, schoolId, "pupils"),
                Ids(connection, transaction, schoolId, "subjects"),
                Ids(connection, transaction, schoolId, "parents"));
            return new SqliteSchoolImport(connection, transaction, schoolId, existing);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Commit(SchoolRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ObjectDisposedException.ThrowIf(_ended, this);
        new SqliteImportWriter(_connection, _transaction, _schoolId).Write(rows);
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
        Pragma(_connection, SchoolDatabase.CacheSizePragma);
        _connection.Dispose();
    }

    private static HashSet<string> Ids(SqliteConnection connection, SqliteTransaction transaction, long schoolId, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;

        // The table name is one of five constants above, never input.
        command.CommandText = $"SELECT id FROM {table} WHERE school_id = $school";
        command.Parameters.AddWithValue("$school", schoolId);
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
