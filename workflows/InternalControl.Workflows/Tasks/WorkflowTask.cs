using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Tasks;

/// <summary>A human task as an inbox shows it: what, for whom, about which pupil and subject, by when, and how it can end.</summary>
public sealed record WorkflowTask(
    long Id,
    long CaseId,
    string Workflow,
    string Step,
    string Role,
    string? Assignee,
    string? ClaimedBy,
    string? PupilId,
    string? SubjectId,
    DateOnly? Due,
    string Status,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<FieldDefinition> Fields)
{
    /// <summary>The task's title in the reader's language.</summary>
    public string Title(Language language) => WorkflowText.Step(Workflow, Step).Render(language);
}
