using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Cases;

/// <summary>
/// What a case is about when it is about no pupil: a finding about a teacher (seed 003, DOMAIN policy 5), whose key
/// "teacher=t010;finding=attestation;since=2021-06-15" reads as the teacher's name and the finding's title in the
/// reader's language, or an object re-controlled on an evaluation sheet (seed 000 §3.4), whose key
/// "object=t010;sheet=II.3" reads as the teacher's or the class's name and the sheet's title; never as the key
/// itself. Inbox rows, case headers and `ic cases` show it where a pupil goes.
/// </summary>
public static class CaseObjects
{
    /// <summary>The part of a case key that names the teacher a finding is about.</summary>
    internal const string TeacherPart = "teacher";

    /// <summary>The part of a case key that names where a finding about a teacher comes from.</summary>
    internal const string FindingPart = "finding";

    /// <summary>The part of a case key that dates a finding about a teacher.</summary>
    internal const string SincePart = "since";

    /// <summary>"Name · finding" for a case keyed by a teacher, "Name · II.3 title" for one keyed by an object and a sheet; null for any other case.</summary>
    public static string? Describe(string key, SchoolData data, Localizer texts)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(texts);
        var parts = CaseKey.Parts(key);
        if (parts.TryGetValue(Plans.PlanRecontrol.Object, out var target) && parts.TryGetValue(Plans.PlanRecontrol.Sheet, out var sheet))
        {
            return ObjectName(data, target) + " · " + sheet + " " + texts.GetOr("Matrix.Sheet." + sheet, "");
        }

        if (!parts.TryGetValue(TeacherPart, out var teacher))
        {
            return null;
        }

        var name = data.Staff.FirstOrDefault(s => s.Id == teacher)?.FullName ?? teacher;
        return parts.TryGetValue(FindingPart, out var finding)
            ? name + " · " + texts.GetOr("Workflows.Choice." + finding, finding)
            : name;
    }

    /// <summary>An evaluated object's name (a Kazakh evaluation sheet's object: a teacher, a class), or its id.</summary>
    public static string ObjectName(SchoolData data, string objectId)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Staff.FirstOrDefault(s => s.Id == objectId)?.FullName ?? data.Classes.FirstOrDefault(c => c.Id == objectId)?.Name ?? objectId;
    }

    /// <summary>Whether a workflow keyed by <paramref name="keyParts"/> is about a teacher (its cases have no pupil).</summary>
    public static bool IsAboutTeacher(IReadOnlyList<string> keyParts) => keyParts?.Contains(TeacherPart, StringComparer.Ordinal) == true;

}
