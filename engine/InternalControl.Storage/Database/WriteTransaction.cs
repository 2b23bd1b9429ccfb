namespace InternalControl.Storage.Database;

/// <summary>
/// One transition's write transaction (BEGIN IMMEDIATE, so two writers queue on the busy timeout instead of failing
/// on a lock upgrade), begun and ended with prepared statements: Microsoft.Data.Sqlite's transaction object prepares
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
        commands.Execute("BEGIN IMMEDIATE", null);
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
            _commands.Execute("ROLLBACK", null);
        }
    }

    public void Dispose() => Rollback();
}
