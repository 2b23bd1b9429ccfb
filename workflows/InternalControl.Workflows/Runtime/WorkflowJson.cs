using System.Globalization;
using System.Text.Json;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Outbox;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Workflows.Runtime;

/// <summary>The inbox, cases and outbox messages as <c>ic tasks|cases|outbox --json</c> print them (codes, ISO dates; no rendered names).</summary>
public static class WorkflowJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>[{"id","workflow","version","key","pupil","subject","term","status","result","started","closed","steps","parent"}]</c>.</summary>
    public static string Cases(IEnumerable<CaseSummary> cases) =>
        JsonSerializer.Serialize(
            cases.Select(c => new
            {
                id = c.Id,
                workflow = c.Workflow,
                version = c.Version,
                key = c.Key,
                pupil = c.PupilId,
                subject = c.SubjectId,
                term = c.Term,
                status = c.Status,
                result = c.Result,
                started = c.StartedAt.ToString("O", CultureInfo.InvariantCulture),
                closed = c.ClosedAt?.ToString("O", CultureInfo.InvariantCulture),
                steps = c.CurrentSteps,
                parent = c.ParentCaseId,
            }),
            Options);

    /// <summary><c>[{"id","case","to","language","template","text","created","sent"}]</c>.</summary>
    public static string Outbox(IEnumerable<OutboxMessage> messages) =>
        JsonSerializer.Serialize(
            messages.Select(m => new
            {
                id = m.Id,
                @case = m.CaseId,
                to = m.RecipientKind + ":" + m.RecipientId,
                language = Localization.Languages.Code(m.Language),
                template = m.Template,
                text = m.Text,
                created = m.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
                sent = m.SentAt?.ToString("O", CultureInfo.InvariantCulture),
            }),
            Options);

    /// <summary><c>ic tasks --json</c>: <c>[{"id","workflow","step","role","assignee","pupil","subject","due","outcomes"}]</c>.</summary>
    public static string Tasks(IEnumerable<WorkflowTask> tasks) =>
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
                due = IsoDate.TextOrNull(t.Due),
                outcomes = t.Outcomes,
            }),
            Options);
}
