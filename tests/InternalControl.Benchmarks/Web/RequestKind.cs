namespace InternalControl.Benchmarks.Web;

/// <summary>What a simulated user asked for.</summary>
internal enum RequestKind
{
    Inbox,
    Case,
    Completion,
    Static,
}
