using System.Globalization;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Cli.Json;

/// <summary>A case as `ic cases --json` prints it: codes and ISO instants, no rendered names.</summary>
internal sealed record CaseJson(
    long Id,
    string Workflow,
    int Version,
    string Key,
    string? Pupil,
    string? Subject,
    string? Term,
    string Status,
    string? Result,
    string Started,
    string? Closed,
    IReadOnlyList<string> Steps,
    long? Parent)
{
    public static CaseJson From(CaseSummary c) => new(
        c.Id,
        c.Workflow,
        c.Version,
        c.Key,
        c.PupilId,
        c.SubjectId,
        c.Term,
        c.Status,
        c.Result,
        IsoInstant.Text(c.StartedAt),
        IsoInstant.TextOrNull(c.ClosedAt),
        c.CurrentSteps,
        c.ParentCaseId);
}
