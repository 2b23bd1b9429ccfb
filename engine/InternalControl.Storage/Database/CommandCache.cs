using Microsoft.Data.Sqlite;
using Npgsql;

namespace InternalControl.Storage.Database;

/// <summary>
/// Prepared statements of one connection, by SQL text: a transition runs the same dozen statements every
/// time, and preparing each anew costs more than running it. Parameters are bound by position, so a
/// given SQL text is always called with its arguments in the same order. Values are always parameters.
/// The connection is SQLite's (<see cref="PreparedStatement"/>) or PostgreSQL's (<see cref="NpgsqlPreparedStatement"/>);
/// the SQL and the calls are the same.
/// </summary>
public sealed class CommandCache : IDisposable
{
    /// <summary>
    /// How many statements a connection keeps prepared: a leased connection lives long, and queries built from their
    /// filters (the inbox's) come in many texts; past this many, the kept ones are finalized and prepared again as used.
    /// </summary>
    internal const int MaxStatements = 256;

    private readonly SqliteConnection? _sqlite;
    private readonly NpgsqlConnection? _postgres;
    private readonly Dictionary<string, PreparedStatement> _statements = [];
    private readonly Dictionary<string, NpgsqlPreparedStatement> _commands = [];

    public CommandCache(SqliteConnection connection) => _sqlite = connection;

    public CommandCache(NpgsqlConnection connection) => _postgres = connection;

    /// <summary>The statements of <paramref name="connection"/>, a SQLite or a PostgreSQL one (as <c>SchoolDatabase.OpenConnection</c> gives).</summary>
    public static CommandCache For(System.Data.Common.DbConnection connection) => connection switch
    {
        SqliteConnection sqlite => new CommandCache(sqlite),
        NpgsqlConnection postgres => new CommandCache(postgres),
        _ => throw new ArgumentException("Neither a SQLite nor a PostgreSQL connection.", nameof(connection)),
    };

    /// <summary>The <see cref="WriteTransaction"/>s open on the connection, outermost first: its transaction, then the savepoints in it.</summary>
    internal List<WriteTransaction> Open { get; } = [];

    /// <summary>True on a PostgreSQL connection.</summary>
    public bool IsPostgres => _postgres is not null;

    /// <summary>
    /// True when the connection holds no transaction the server still knows: the PostgreSQL connection has broken, or
    /// SQLite is back in autocommit (it rolls a transaction back by itself after some errors, a full disk among them).
    /// </summary>
    public bool IsBroken =>
        _postgres is { FullState: var state } && state.HasFlag(System.Data.ConnectionState.Broken) || _postgres is { State: System.Data.ConnectionState.Closed }
        || _sqlite is { Handle: { } handle } && SQLitePCL.raw.sqlite3_get_autocommit(handle) != 0;

    /// <summary>Runs a write in the connection's open transaction (<paramref name="tx"/>, or none).</summary>
    public int Execute(string sql, WriteTransaction? tx, params (string Name, object? Value)[] args) =>
        Postgres(sql, tx, args)?.Execute(args) ?? Statement(sql, tx, args).Execute(args);

    public object? Scalar(string sql, WriteTransaction? tx, params (string Name, object? Value)[] args) =>
        IsPostgres ? Postgres(sql, tx, args)!.Scalar(args) : Statement(sql, tx, args).Scalar(args);

    /// <summary>Reads the first row of a query, or null.</summary>
    public T? Single<T>(string sql, WriteTransaction? tx, Func<StatementRow, T> read, params (string Name, object? Value)[] args)
        where T : class =>
        IsPostgres ? Postgres(sql, tx, args)!.Single(args, read) : Statement(sql, tx, args).Single(args, read);

    /// <summary>Reads every row of a query, in its order.</summary>
    public List<T> Many<T>(string sql, WriteTransaction? tx, Func<StatementRow, T> read, params (string Name, object? Value)[] args) =>
        IsPostgres ? Postgres(sql, tx, args)!.Many(args, read) : Statement(sql, tx, args).Many(args, read);

    private PreparedStatement Statement(string sql, WriteTransaction? tx, (string Name, object? Value)[] args)
    {
        CheckOpen(tx);
        if (!_statements.TryGetValue(sql, out var statement))
        {
            if (_statements.Count >= MaxStatements)
            {
                DisposeAll(_statements);
            }

            statement = PreparedStatement.Prepare(_sqlite!, sql, [.. args.Select(a => a.Name)]);
            _statements[sql] = statement;
        }

        return statement;
    }

    private NpgsqlPreparedStatement? Postgres(string sql, WriteTransaction? tx, (string Name, object? Value)[] args)
    {
        if (_postgres is null)
        {
            return null;
        }

        CheckOpen(tx);
        if (!_commands.TryGetValue(sql, out var command))
        {
            if (_commands.Count >= MaxStatements)
            {
                DisposeAll(_commands);
            }

            command = NpgsqlPreparedStatement.Prepare(_postgres, sql, [.. args.Select(a => a.Name)]);
            _commands[sql] = command;
        }

        return command;
    }

    /// <summary>
    /// PostgreSQL only: streams rows into a table with <c>COPY ... FROM STDIN (FORMAT BINARY)</c>, in the open
    /// transaction (<paramref name="copySql"/> names the table and its columns, in the order of each row's values); the
    /// rows written. A value is text, a whole number (int or long) or null.
    /// </summary>
    public ulong Copy(string copySql, WriteTransaction tx, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var connection = _postgres ?? throw new InvalidOperationException("COPY is PostgreSQL's.");
        CheckOpen(tx);
        using var importer = connection.BeginBinaryImport(copySql);
        foreach (var row in rows)
        {
            importer.StartRow();
            foreach (var value in row)
            {
                switch (value)
                {
                    case null: importer.WriteNull(); break;
                    case string text: importer.Write(text, NpgsqlTypes.NpgsqlDbType.Text); break;
                    case int number: importer.Write(number, NpgsqlTypes.NpgsqlDbType.Integer); break;
                    case long number: importer.Write(number, NpgsqlTypes.NpgsqlDbType.Bigint); break;
                    default: throw new ArgumentException("COPY writes text, whole numbers and nulls.", nameof(rows));
                }
            }
        }

        return importer.Complete();
    }

    /// <summary>A statement runs in whatever transaction the connection has open: a finished one is a caller's bug.</summary>
    private static void CheckOpen(WriteTransaction? tx)
    {
        if (tx is { IsOpen: false })
        {
            throw new InvalidOperationException("The transaction has ended.");
        }
    }

    /// <summary>How many statements are kept prepared (for tests).</summary>
    internal int Count => _statements.Count + _commands.Count;

    public void Dispose()
    {
        DisposeAll(_statements);
        DisposeAll(_commands);
    }

    private static void DisposeAll<T>(Dictionary<string, T> statements)
        where T : IDisposable
    {
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }

        statements.Clear();
    }
}
