namespace InternalControl.Storage.Database;

/// <summary>
/// One transition's write transaction (on SQLite BEGIN IMMEDIATE, so two writers queue on the busy timeout instead of
/// failing on a lock upgrade; on PostgreSQL BEGIN, read committed, where writers of one row queue on its lock), begun and ended with prepared statements: Microsoft.Data.Sqlite's transaction object prepares
/// and discards a statement each time, which at thousands of transitions a second was a measurable share of each.
/// Disposing it without <see cref="Commit"/> rolls back.
/// </summary>
public sealed class WriteTransaction : IDisposable
{
    private readonly CommandCache _commands;

    private WriteTransaction(CommandCache commands) => _commands = commands;

    /// <summary>True until committed or rolled back.</summary>
    public bool IsOpen { get; private set; } = true;

    public static WriteTransaction Begin(CommandCache commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        commands.Execute(commands.IsPostgres ? "BEGIN" : "BEGIN IMMEDIATE", null);
        return new WriteTransaction(commands);
    }

    public void Commit()
    {
        _commands.Execute("COMMIT", this);
        IsOpen = false;
    }

    public void Rollback()
    {
        if (IsOpen)
        {
            IsOpen = false;

            // A PostgreSQL connection broken mid-transaction has already lost it on the server; the error that broke it
            // is the one the caller sees.
            if (!_commands.IsBroken)
            {
                _commands.Execute("ROLLBACK", null);
            }
        }
    }

    public void Dispose() => Rollback();
}
