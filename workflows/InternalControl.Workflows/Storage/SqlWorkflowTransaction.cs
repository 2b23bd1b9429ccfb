using InternalControl.Storage.Database;

namespace InternalControl.Workflows.Storage;

/// <summary>A <see cref="SqlWorkflowStore"/>'s transaction: a <see cref="WriteTransaction"/> on the store's connection.</summary>
internal sealed class SqlWorkflowTransaction(WriteTransaction inner) : IWorkflowTransaction
{
    public WriteTransaction Write => inner;

    public void Commit() => inner.Commit();

    public void Rollback() => inner.Rollback();

    public void Dispose() => inner.Dispose();
}
