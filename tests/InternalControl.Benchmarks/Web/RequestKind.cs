namespace InternalControl.Benchmarks.Web;

/// <summary>What a simulated user asked for.</summary>
internal enum RequestKind
{
    Inbox,
    Case,

    /// <summary>A task's form, read before it is posted.</summary>
    TaskForm,

    /// <summary>A task's form posted with an outcome.</summary>
    Completion,
    Static,
}
