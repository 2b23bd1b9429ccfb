using System.Globalization;
using System.Text.Json;

namespace InternalControl.Workflows.Tasks;

/// <summary>The inbox as <c>ic tasks --json</c> prints it: <c>[{"id","workflow","step","role","assignee","pupil","subject","due","outcomes"}]</c>.</summary>
public static class InboxJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(IEnumerable<WorkflowTask> tasks) =>
        JsonSerializer.Serialize(
            tasks.Select(t => new
            {
                id = t.Id,
                workflow = t.Workflow,
                step = t.Step,
                role = t.Role,
                assignee = t.Assignee,
                pupil = t.PupilId,
                subject = t.SubjectId,
                due = t.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                outcomes = t.Outcomes,
            }),
            Options);
}
