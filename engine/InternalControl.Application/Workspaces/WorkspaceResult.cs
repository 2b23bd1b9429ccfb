namespace InternalControl.Application.Workspaces;

/// <summary>A workspace, or the text key and arguments of why it could not be opened.</summary>
public sealed record WorkspaceResult(Workspace? Workspace, string? ErrorKey, IReadOnlyList<object?> ErrorArgs)
{
    public static WorkspaceResult Ok(Workspace workspace) => new(workspace, null, []);

    public static WorkspaceResult Fail(string key, params object?[] args) => new(null, key, args);
}
