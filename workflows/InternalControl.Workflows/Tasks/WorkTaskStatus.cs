namespace InternalControl.Workflows.Tasks;

/// <summary>The codes of a task's status in the database.</summary>
public static class WorkTaskStatus
{
    public const string Open = "open";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}
