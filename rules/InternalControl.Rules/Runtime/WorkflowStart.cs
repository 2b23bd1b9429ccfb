namespace InternalControl.Rules.Runtime;

/// <summary>
/// An intent to start a workflow for a key, from a `start` action. The host hands it to the workflow runtime,
/// which keeps one open case per (workflow, key); the rules never reference workflows themselves.
/// </summary>
/// <remarks>Workflow: The workflow's name as written in the rule.</remarks>
/// <remarks>Key: The case key: the `for` values joined with '/', e.g. "P001/MATH".</remarks>
public sealed record WorkflowStart(string Workflow, string Key, string? PupilId, string? SubjectId, int Term, string Rule)
{
    /// <summary>
    /// The `for` values one by one, in the order written (the Key joins them). The host names them after the
    /// workflow's key parts in the same order, so `start "recontrol" for x.object, x.sheet` fills a workflow keyed
    /// `object, sheet`: without them a case keyed by anything but pupil, subject and term could not open.
    /// </summary>
    public IReadOnlyList<string> Parts { get; init; } = [];
}
