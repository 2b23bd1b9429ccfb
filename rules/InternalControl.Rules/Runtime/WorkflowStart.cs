namespace InternalControl.Rules.Runtime;

/// <summary>
/// An intent to start a workflow for a key, from a `start` action. The host hands it to the workflow runtime,
/// which keeps one open case per (workflow, key); the rules never reference workflows themselves.
/// </summary>
/// <remarks>Workflow: The workflow's name as written in the rule.</remarks>
/// <remarks>Key: The case key: the `for` values joined with '/', e.g. "P001/MATH".</remarks>
public sealed record WorkflowStart(string Workflow, string Key, string? PupilId, string? SubjectId, int Term, string Rule);
