using Npgsql;

namespace InternalControl.Storage.Database;

/// <summary>
/// One SQL statement on a PostgreSQL connection, prepared on the server at its first run and bound by position after:
/// the PostgreSQL counterpart of <see cref="PreparedStatement"/>, with the same calls. Transaction control (BEGIN,
/// COMMIT, ROLLBACK and the savepoints') runs unprepared. Values are always parameters.
/// </summary>
public sealed class NpgsqlPreparedStatement : IDisposable
{
    private readonly NpgsqlCommand _command;
    private readonly bool _prepare;
    private bool _prepared;

    private NpgsqlPreparedStatement(NpgsqlCommand command, bool prepare)
    {
        _command = command;
        _prepare = prepare;
    }

    /// <summary>A statement of <paramref name="sql"/> whose parameters are called <paramref name="names"/>, in the order values will come.</summary>
    public static NpgsqlPreparedStatement Prepare(NpgsqlConnection connection, string sql, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(names);
        var command = new NpgsqlCommand(sql, connection);
        foreach (var name in names)
        {
            command.Parameters.Add(new NpgsqlParameter { ParameterName = name });
        }

        var control = sql is "BEGIN" or "COMMIT" or "ROLLBACK"
            || sql.StartsWith("SAVEPOINT ", StringComparison.Ordinal) || sql.StartsWith("RELEASE SAVEPOINT ", StringComparison.Ordinal)
            || sql.StartsWith("ROLLBACK TO SAVEPOINT ", StringComparison.Ordinal);
        return new NpgsqlPreparedStatement(command, prepare: !control);
    }

    /// <summary>Runs the statement; returns the number of rows it changed.</summary>
    public int Execute(ReadOnlySpan<(string Name, object? Value)> args)
    {
        Bind(args);
        return _command.ExecuteNonQuery();
    }

    /// <summary>Runs the statement; returns the first column of its first row, or null.</summary>
    public object? Scalar(ReadOnlySpan<(string Name, object? Value)> args) => Single<object>(args, row => row.Value(0));

    /// <summary>Runs a query; <paramref name="read"/> turns its first row into a value, or null when there is none.</summary>
    public T? Single<T>(ReadOnlySpan<(string Name, object? Value)> args, Func<StatementRow, T?> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        Bind(args);
        using var reader = _command.ExecuteReader();
        return reader.Read() ? read(new StatementRow(reader)) : null;
    }

    /// <summary>Runs a query; <paramref name="read"/> turns each row into a value, in the order the query gives them.</summary>
    public List<T> Many<T>(ReadOnlySpan<(string Name, object? Value)> args, Func<StatementRow, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        Bind(args);
        using var reader = _command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(new StatementRow(reader)));
        }

        return rows;
    }

    public void Dispose() => _command.Dispose();

    private void Bind(ReadOnlySpan<(string Name, object? Value)> args)
    {
        if (args.Length != _command.Parameters.Count)
        {
            throw new ArgumentException($"Expected {_command.Parameters.Count} values, got {args.Length}.", nameof(args));
        }

        for (var i = 0; i < args.Length; i++)
        {
            _command.Parameters[i].Value = args[i].Value switch
            {
                // The migrations' integer columns are 64-bit on PostgreSQL, and a statement prepared while a value was
                // null has the type the server inferred for it: every integer goes as a long, to match either way.
                null => DBNull.Value,
                bool flag => flag ? 1L : 0L,
                int number => (long)number,
                var other => other,
            };
        }

        if (_prepare && !_prepared)
        {
            _command.Prepare();
            _prepared = true;
        }
    }
}
