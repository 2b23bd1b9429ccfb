namespace InternalControl.Workflows.Storage;

/// <summary>A key's latest case that has ended, and how it ended (for <c>once</c> workflows).</summary>
internal sealed record ClosedCase(long Id, string? Result);
