namespace InternalControl.Workflows.Storage;

/// <summary>
/// One transition's write transaction in an <see cref="IWorkflowStore"/>: the store's writes take it, and its reads
/// inside it see what it wrote. Disposing it without <see cref="Commit"/> rolls back, which writes nothing.
/// </summary>
internal interface IWorkflowTransaction : IDisposable
{
    void Commit();

    void Rollback();
}
