using System.Globalization;
using System.Text.Json;
using InternalControl.Workflows.Outbox;

namespace InternalControl.Workflows.Runtime;

/// <summary>Cases and outbox messages as <c>ic cases --json</c> and <c>ic outbox --json</c> print them (codes, ISO dates; no rendered names).</summary>
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
}
