using SQLitePCL;

namespace InternalControl.Storage.Database;

/// <summary>The current row of a <see cref="PreparedStatement"/>, read by column position.</summary>
public readonly struct StatementRow(sqlite3_stmt statement)
{
    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    public long GetInt64(int column) => raw.sqlite3_column_int64(statement, column);

    public int GetInt32(int column) => raw.sqlite3_column_int(statement, column);

    public string GetString(int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

    public string? GetStringOrNull(int column) => IsNull(column) ? null : GetString(column);

    public long? GetInt64OrNull(int column) => IsNull(column) ? null : GetInt64(column);

    public int? GetInt32OrNull(int column) => IsNull(column) ? null : GetInt32(column);

    /// <summary>The column as SQLite stored it: a long, a double, a string, or null.</summary>
    public object? Value(int column) => raw.sqlite3_column_type(statement, column) switch
    {
        raw.SQLITE_INTEGER => GetInt64(column),
        raw.SQLITE_FLOAT => raw.sqlite3_column_double(statement, column),
        raw.SQLITE_TEXT => GetString(column),
        _ => null,
    };
}
