using InternalControl.Storage.Database;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Workflows.Storage;

/// <summary>
/// One transition's write transaction in an <see cref="IWorkflowStore"/>: the store's writes take it, and its reads
/// inside it see what it wrote. Disposing it without <see cref="Commit"/> rolls back, which writes nothing. Begun while
/// the store's connection has a transaction open (<see cref="WorkflowRuntime.BeginTransaction"/>), it is a savepoint in
/// that one, and what it commits is kept only if that one commits.
/// </summary>
internal interface IWorkflowTransaction : IDisposable
{
    /// <summary>The database transaction under it, which the stores of the same database may write in.</summary>
    WriteTransaction Write { get; }

    void Commit();

    void Rollback();
}
