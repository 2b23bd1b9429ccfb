namespace InternalControl.Workflows.Tasks;

/// <summary>
/// A task as an inbox groups, counts and pages it, without reading the whole row: its id, its pupil's class (null: a
/// case about no pupil), its case's subject (null: none) and workflow.
/// </summary>
public sealed record TaskKey(long Id, string? ClassId, string? SubjectId, string Workflow);
