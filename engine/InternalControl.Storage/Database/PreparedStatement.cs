using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace InternalControl.Storage.Database;

/// <summary>
/// One SQL statement prepared once on a connection's SQLite handle and bound by position: the write path of a
/// transition runs the same few statements thousands of times, and Microsoft.Data.Sqlite looks every parameter up by
/// name and builds a data reader on each run, which cost more than the insert itself. Values are still parameters.
/// Runs inside whatever transaction the connection has open; the connection's busy timeout applies.
/// </summary>
public sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _indexes;

    private PreparedStatement(sqlite3 db, sqlite3_stmt statement, int[] indexes)
    {
        _db = db;
        _statement = statement;
        _indexes = indexes;
    }

    /// <summary>Prepares <paramref name="sql"/> (one statement) whose parameters are called <paramref name="names"/>, in the order values will come.</summary>
    public static PreparedStatement Prepare(SqliteConnection connection, string sql, IReadOnlyList<string> names)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        var indexes = new int[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            indexes[i] = raw.sqlite3_bind_parameter_index(statement, names[i]);
            if (indexes[i] == 0)
            {
                statement.Dispose();
                throw new ArgumentException($"The statement has no parameter {names[i]}.", nameof(names));
            }
        }

        return new PreparedStatement(db, statement, indexes);
    }

    /// <summary>Runs the statement; returns the number of rows it changed.</summary>
    public int Execute(ReadOnlySpan<(string Name, object? Value)> args)
    {
        try
        {
            Step(args);
            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs the statement; returns the first column of its first row, or null.</summary>
    public object? Scalar(ReadOnlySpan<(string Name, object? Value)> args) => Single<object>(args, row => row.Value(0));

    /// <summary>Runs a query; <paramref name="read"/> turns its first row into a value, or null when there is none.</summary>
    public T? Single<T>(ReadOnlySpan<(string Name, object? Value)> args, Func<StatementRow, T?> read)
        where T : class
    {
        try
        {
            return Step(args) ? read(new StatementRow(_statement)) : null;
        }
        finally
        {
            // A statement left mid-result would hold the read it started (RETURNING keeps the write open).
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs a query; <paramref name="read"/> turns each row into a value, in the order the query gives them.</summary>
    public List<T> Many<T>(ReadOnlySpan<(string Name, object? Value)> args, Func<StatementRow, T> read)
    {
        try
        {
            var rows = new List<T>();
            for (var more = Step(args); more; more = Next())
            {
                rows.Add(read(new StatementRow(_statement)));
            }

            return rows;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>Binds the values and runs to the first row; true when there is one. The caller resets.</summary>
    private bool Step(ReadOnlySpan<(string Name, object? Value)> args)
    {
        Bind(args);
        var rc = raw.sqlite3_step(_statement);
        if (rc is not raw.SQLITE_DONE and not raw.SQLITE_ROW)
        {
            Check(rc, _db);
        }

        return rc == raw.SQLITE_ROW;
    }

    /// <summary>Steps to the next row; true when there is one.</summary>
    private bool Next()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc is not raw.SQLITE_DONE and not raw.SQLITE_ROW)
        {
            Check(rc, _db);
        }

        return rc == raw.SQLITE_ROW;
    }

    private void Bind(ReadOnlySpan<(string Name, object? Value)> args)
    {
        if (args.Length != _indexes.Length)
        {
            throw new ArgumentException($"Expected {_indexes.Length} values, got {args.Length}.", nameof(args));
        }

        for (var i = 0; i < args.Length; i++)
        {
            var index = _indexes[i];
            var rc = args[i].Value switch
            {
                null or DBNull => raw.sqlite3_bind_null(_statement, index),
                // UTF-16 as .NET holds it: SQLite converts in place, with no managed copy to collect.
                string text => raw.sqlite3_bind_text16(_statement, index, text),
                long number => raw.sqlite3_bind_int64(_statement, index, number),
                int number => raw.sqlite3_bind_int64(_statement, index, number),
                bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
                double number => raw.sqlite3_bind_double(_statement, index, number),
                var other => throw new ArgumentException($"A value of type {other.GetType().Name} cannot be bound.", nameof(args)),
            };
            Check(rc, _db);
        }
    }

    /// <summary>Turns an error code into the exception Microsoft.Data.Sqlite would throw, with the primary code callers test.</summary>
    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc & 0xFF, db);
        }
    }
}
