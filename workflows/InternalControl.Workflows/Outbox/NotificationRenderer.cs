using InternalControl.Localization;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Workflows.Outbox;

/// <summary>
/// Renders a notification template (Notifications catalog, key <c>Notify.{template}</c>) for one
/// recipient in their language. Every template gets the same arguments, so that a school can write
/// its own: {0} pupil, {1} subject, {2} class, {3} task, {4} due date, {5} workflow.
/// </summary>
internal static class NotificationRenderer
{
    public static string Render(string template, Language language, CaseState state, RoleResolver people, string? step, DateOnly? due)
    {
        var task = step is null ? "" : WorkflowText.Step(state.Workflow, step).Render(language);
        object dueText = due is { } d ? d : "";
        var workflow = WorkflowText.Workflow(state.Workflow).Render(language);
        return Format("Notify." + template, language, state, people, task, dueText, workflow);
    }

    /// <summary>A text by its full key (a rule's notice, from any catalog), with the pupil, subject and class as {0}-{2}.</summary>
    public static string RenderText(string key, Language language, CaseContext about, RoleResolver people) =>
        Format(key, language, about.PupilId, about.SubjectId, people);

    private static string Format(string key, Language language, CaseState state, RoleResolver people, params object?[] more) =>
        Format(key, language, state.PupilId, state.SubjectId, people, more);

    private static string Format(string key, Language language, string? pupilId, string? subjectId, RoleResolver people, params object?[] more) =>
        Texts.Get(
            key,
            language,
            [
                people.Pupil(pupilId)?.FullName ?? "",
                people.Subject(subjectId)?.Name(language) ?? "",
                people.ClassOf(pupilId)?.Name ?? "",
                .. more,
            ]);
}
