namespace InternalControl.Workflows.Runtime;

/// <summary>The codes of a case's status in the database.</summary>
internal static class CaseStatus
{
    public const string Open = "open";
    public const string Closed = "closed";
}
