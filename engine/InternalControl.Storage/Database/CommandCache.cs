using Microsoft.Data.Sqlite;

namespace InternalControl.Storage.Database;

/// <summary>
/// Prepared statements of one connection, by SQL text: a transition runs the same dozen statements every
/// time, and preparing each anew costs more than running it. Parameters are bound by position, so a
/// given SQL text is always called with its arguments in the same order. Values are always parameters.
/// </summary>
public sealed class CommandCache(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, PreparedStatement> _statements = [];

    /// <summary>Runs a write in the connection's open transaction (<paramref name="tx"/>, or none).</summary>
    public int Execute(string sql, WriteTransaction? tx, params (string Name, object? Value)[] args) =>
        Statement(sql, tx, args).Execute(args);

    public object? Scalar(string sql, WriteTransaction? tx, params (string Name, object? Value)[] args) =>
        Statement(sql, tx, args).Scalar(args);

    /// <summary>Reads the first row of a query, or null.</summary>
    public T? Single<T>(string sql, WriteTransaction? tx, Func<StatementRow, T> read, params (string Name, object? Value)[] args)
        where T : class =>
        Statement(sql, tx, args).Single(args, read);

    /// <summary>Reads every row of a query, in its order.</summary>
    public List<T> Many<T>(string sql, WriteTransaction? tx, Func<StatementRow, T> read, params (string Name, object? Value)[] args) =>
        Statement(sql, tx, args).Many(args, read);

    private PreparedStatement Statement(string sql, WriteTransaction? tx, (string Name, object? Value)[] args)
    {
        // A statement runs in whatever transaction the connection has open: a finished one is a caller's bug.
        if (tx is { IsOpen: false })
        {
            throw new InvalidOperationException("The transaction has ended.");
        }

        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = PreparedStatement.Prepare(connection, sql, [.. args.Select(a => a.Name)]);
            _statements[sql] = statement;
        }

        return statement;
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
    }
}
