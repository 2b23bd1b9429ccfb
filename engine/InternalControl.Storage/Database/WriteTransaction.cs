using System.Globalization;

namespace InternalControl.Storage.Database;

/// <summary>
/// One transition's write transaction (on SQLite BEGIN IMMEDIATE, so two writers queue on the busy timeout instead of
/// failing on a lock upgrade; on PostgreSQL BEGIN, read committed, where writers of one row queue on its lock), begun and ended with prepared statements: Microsoft.Data.Sqlite's transaction object prepares
/// and discards a statement each time, which at thousands of transitions a second was a measurable share of each.
/// Disposing it without <see cref="Commit"/> rolls back.
/// </summary>
/// <remarks>
/// Begun while the connection already has one open, it is a savepoint inside that one (the same SQL on both databases):
/// its commit keeps its writes for the outer transaction to commit or roll back, and its rollback undoes its own writes
/// only. This is how a use case makes several writes one unit (a task's completion and the scores it was done with):
/// it begins the outer transaction, the runtime's transitions and the stores' writes given it nest in it, and nothing is
/// kept unless the outer one commits.
/// </remarks>
public sealed class WriteTransaction : IDisposable
{
    private readonly CommandCache _commands;

    /// <summary>0 for the connection's transaction; n for the n-th savepoint nested in it.</summary>
    private readonly int _depth;

    private WriteTransaction(CommandCache commands, int depth)
    {
        _commands = commands;
        _depth = depth;
    }

    /// <summary>True until committed or rolled back, by itself or by the rollback of a transaction it is nested in.</summary>
    public bool IsOpen => _depth < _commands.Open.Count && ReferenceEquals(_commands.Open[_depth], this);

    /// <summary>True when this transaction is a savepoint in one the connection already had open.</summary>
    public bool IsNested => _depth > 0;

    /// <summary>The prepared statements of the connection the transaction is open on, for a store that writes in it.</summary>
    internal CommandCache Commands => _commands;

    /// <summary>
    /// Begins a write transaction on the connection of <paramref name="commands"/>, or a savepoint when that connection
    /// already has one open (see the remarks on the type).
    /// </summary>
    public static WriteTransaction Begin(CommandCache commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var depth = commands.Open.Count;
        commands.Execute(depth > 0 ? "SAVEPOINT " + Savepoint(depth) : commands.IsPostgres ? "BEGIN" : "BEGIN IMMEDIATE", null);
        var transaction = new WriteTransaction(commands, depth);
        commands.Open.Add(transaction);
        return transaction;
    }

    /// <summary>
    /// Commits: the connection's transaction for good, a savepoint into the transaction it is nested in. Committing one
    /// while a savepoint nested in it is still open is a caller's bug (the savepoint's writes would be kept unseen).
    /// </summary>
    public void Commit()
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("The transaction has ended.");
        }

        if (_commands.Open.Count != _depth + 1)
        {
            throw new InvalidOperationException("A transaction nested in this one is still open.");
        }

        _commands.Execute(_depth > 0 ? "RELEASE SAVEPOINT " + Savepoint(_depth) : "COMMIT", this);
        End();
    }

    /// <summary>Rolls back this transaction's writes, and ends the savepoints still open inside it (their writes were part of it).</summary>
    public void Rollback()
    {
        if (!IsOpen)
        {
            return;
        }

        End();

        // A PostgreSQL connection broken mid-transaction has already lost it on the server; the error that broke it
        // is the one the caller sees.
        if (_commands.IsBroken)
        {
            return;
        }

        if (_depth > 0)
        {
            // Back to where the savepoint began, then forget it: the outer transaction goes on without its writes (on
            // PostgreSQL also after an error in them, which ROLLBACK TO clears).
            _commands.Execute("ROLLBACK TO SAVEPOINT " + Savepoint(_depth), null);
            _commands.Execute("RELEASE SAVEPOINT " + Savepoint(_depth), null);
        }
        else
        {
            _commands.Execute("ROLLBACK", null);
        }
    }

    public void Dispose() => Rollback();

    /// <summary>A savepoint's name: its depth, never a value from outside.</summary>
    private static string Savepoint(int depth) => "ic_" + depth.ToString(CultureInfo.InvariantCulture);

    private void End() => _commands.Open.RemoveRange(_depth, _commands.Open.Count - _depth);
}
