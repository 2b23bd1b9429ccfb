using InternalControl.Storage.Database;

namespace InternalControl.Workflows.Storage;

/// <summary>A <see cref="SqliteWorkflowStore"/>'s transaction: a <see cref="WriteTransaction"/> (BEGIN IMMEDIATE) on the store's connection.</summary>
internal sealed class SqliteWorkflowTransaction(WriteTransaction inner) : IWorkflowTransaction
{
    public WriteTransaction Inner => inner;

    public void Commit() => inner.Commit();

    public void Rollback() => inner.Rollback();

    public void Dispose() => inner.Dispose();
}
