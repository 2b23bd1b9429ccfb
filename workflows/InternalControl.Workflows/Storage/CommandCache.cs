using Microsoft.Data.Sqlite;

namespace InternalControl.Workflows.Storage;

/// <summary>
/// Prepared commands of one connection, by SQL text: a transition runs the same dozen statements every
/// time, and preparing each anew costs more than running it. Parameters are bound by position, so a
/// given SQL text is always called with its arguments in the same order. Values are always parameters.
/// </summary>
internal sealed class CommandCache(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = [];

    public SqliteCommand Get(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] args)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in args)
            {
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }

            _commands[sql] = command;
        }

        command.Transaction = tx;
        for (var i = 0; i < args.Length; i++)
        {
            command.Parameters[i].Value = args[i].Value ?? DBNull.Value;
        }

        return command;
    }

    public int Execute(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] args) =>
        Get(sql, tx, args).ExecuteNonQuery();

    public object? Scalar(string sql, SqliteTransaction? tx, params (string Name, object? Value)[] args) =>
        Get(sql, tx, args).ExecuteScalar() is { } value and not DBNull ? value : null;

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
