using System.Data.Common;
using SQLitePCL;

namespace InternalControl.Storage.Database;

/// <summary>
/// The current row of a prepared statement, read by column position: a SQLite statement's row
/// (<see cref="PreparedStatement"/>), or a PostgreSQL reader's (<see cref="NpgsqlPreparedStatement"/>). PostgreSQL's
/// integer columns of the migrations' SQL are 64-bit, so an int is read from a long.
/// </summary>
public readonly struct StatementRow
{
    private readonly sqlite3_stmt? _statement;
    private readonly DbDataReader? _reader;

    public StatementRow(sqlite3_stmt statement) => _statement = statement;

    public StatementRow(DbDataReader reader) => _reader = reader;

    public bool IsNull(int column) => _reader?.IsDBNull(column) ?? raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long GetInt64(int column) => _reader is { } reader ? Convert.ToInt64(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture) : raw.sqlite3_column_int64(_statement, column);

    public int GetInt32(int column) => _reader is { } reader ? Convert.ToInt32(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture) : raw.sqlite3_column_int(_statement, column);

    public string GetString(int column) => _reader is { } reader ? reader.GetString(column) : raw.sqlite3_column_text(_statement, column).utf8_to_string();

    public string? GetStringOrNull(int column) => IsNull(column) ? null : GetString(column);

    public long? GetInt64OrNull(int column) => IsNull(column) ? null : GetInt64(column);

    public int? GetInt32OrNull(int column) => IsNull(column) ? null : GetInt32(column);

    /// <summary>The column as the database stored it: a long, a double, a string, or null (PostgreSQL's other types as read).</summary>
    public object? Value(int column)
    {
        if (_reader is { } reader)
        {
            return reader.IsDBNull(column) ? null : reader.GetValue(column) switch
            {
                int number => (long)number,
                short number => (long)number,
                float number => (double)number,
                var other => other,
            };
        }

        return raw.sqlite3_column_type(_statement, column) switch
        {
            raw.SQLITE_INTEGER => GetInt64(column),
            raw.SQLITE_FLOAT => raw.sqlite3_column_double(_statement, column),
            raw.SQLITE_TEXT => GetString(column),
            _ => null,
        };
    }
}
