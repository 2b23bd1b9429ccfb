using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Cases;

/// <summary>
/// What a case is about when it is about no pupil: a finding about a teacher (seed 003, DOMAIN policy 5; a case of the
/// workflow tagged <c>report teacher_findings</c>, keyed by the teacher, the finding and the date, as
/// "teacher=t010;finding=attestation;since=2021-06-15") reads as the teacher's name and the finding's title in the
/// reader's language, or an object re-controlled on an evaluation sheet (seed 000 §3.4; a case of the workflow tagged
/// <c>report recontrols</c>, keyed by the object and the sheet, as "object=t010;sheet=II.3") reads as the teacher's or
/// the class's name and the sheet's title; never as the key itself. The key's parts are read by position, whatever the
/// policy calls them. Inbox rows, case headers and `ic cases` show it where a pupil goes.
/// </summary>
public static class CaseObjects
{
    /// <summary>
    /// "Name · finding" for a case of the workflow tagged <see cref="ReportTag.TeacherFindings"/>, "Name · II.3 title"
    /// for one of the workflow tagged <see cref="ReportTag.Recontrol"/>; null for any other case.
    /// </summary>
    /// <param name="summary">The case.</param>
    /// <param name="runtime">The runtime that holds it: the definition the case runs on gives its tag.</param>
    /// <param name="data">The school's people and classes.</param>
    /// <param name="texts">The reader's texts.</param>
    public static string? Describe(CaseSummary summary, WorkflowRuntime runtime, SchoolData data, Localizer texts)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(runtime);
        return Describe(runtime.Definitions.Find(summary.Workflow, summary.Version) ?? runtime.DefinitionOf(summary.Id), summary.Key, data, texts);
    }

    /// <summary>
    /// <paramref name="key"/>, a key of a case of <paramref name="definition"/>, read as <see cref="Describe(CaseSummary, WorkflowRuntime, SchoolData, Localizer)"/>
    /// reads it; null for a definition with neither tag, or none.
    /// </summary>
    public static string? Describe(WorkflowDefinition? definition, string key, SchoolData data, Localizer texts)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(texts);
        var values = CaseKey.Values(key);
        if (definition?.Report == ReportTag.Recontrol && values.Count >= 2)
        {
            var sheet = values[1];
            return ObjectName(data, values[0]) + " · " + sheet + " " + texts.GetOr("Matrix.Sheet." + sheet, "");
        }

        if (!IsAboutTeacher(definition) || values.Count == 0)
        {
            return null;
        }

        var teacher = values[0];
        var name = data.StaffName(teacher);
        return values.Count >= 2
            ? name + " · " + texts.GetOr("Workflows.Choice." + values[1], values[1])
            : name;
    }

    /// <summary>An evaluated object's name (a Kazakh evaluation sheet's object: a teacher, a class), or its id.</summary>
    public static string ObjectName(SchoolData data, string objectId)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.FindStaff(objectId)?.FullName ?? data.FindClass(objectId)?.Name ?? objectId;
    }

    /// <summary>
    /// Whether the cases of <paramref name="definition"/> are findings about a teacher (it is tagged
    /// <see cref="ReportTag.TeacherFindings"/>, keyed by the teacher first): they have no pupil.
    /// </summary>
    public static bool IsAboutTeacher(WorkflowDefinition? definition) => definition?.KeyedFor(ReportTag.TeacherFindings) == true;
}
