using InternalControl.Kernel.Time;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Cli.Json;

/// <summary>A task as `ic tasks --json` prints it: codes and ISO dates, no rendered names.</summary>
internal sealed record TaskJson(
    long Id,
    string Workflow,
    string Step,
    string Role,
    string? Assignee,
    string? Pupil,
    string? Subject,
    string? Due,
    IReadOnlyList<string> Outcomes)
{
    public static TaskJson From(WorkflowTask t) =>
        new(t.Id, t.Workflow, t.Step, t.Role, t.Assignee, t.PupilId, t.SubjectId, IsoDate.TextOrNull(t.Due), t.Outcomes);
}
