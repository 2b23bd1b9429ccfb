namespace InternalControl.Workflows.Tasks;

/// <summary>Which tasks an inbox shows: by role code, by assignee id, of one case; open only by default.</summary>
public sealed record TaskQuery(string? Role = null, string? Assignee = null, bool OpenOnly = true, long? CaseId = null);
