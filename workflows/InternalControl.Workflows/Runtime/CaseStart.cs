namespace InternalControl.Workflows.Runtime;

/// <summary>One case to start (<see cref="WorkflowRuntime.StartAll"/>): the workflow's name, its key and variables, and who or what asks.</summary>
public sealed record CaseStart(string Workflow, CaseContext Context, string StartedBy);
