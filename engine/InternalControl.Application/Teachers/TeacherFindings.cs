using InternalControl.Application.Cases;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Runtime;
using InternalControl.Workflows.Tasks;

namespace InternalControl.Application.Teachers;

/// <summary>
/// A finding about a teacher recorded by hand, from an attestation's conclusion or an inspection (seed 003; DOMAIN policy 5:
/// finding -> corrective action -> evidence -> verification): it starts the policy's finding workflow (the one tagged
/// <c>report teacher_findings</c>, keyed by the teacher, the finding and the date), with the teacher's remediation plan first, and its text goes into the case's journal, where the
/// findings register reads it. Bad input is refused before anything is written.
/// </summary>
public static class TeacherFindings
{
    /// <summary>The longest finding text, in characters: a paragraph of a commission's conclusion.</summary>
    public const int MaxLength = 1000;

    /// <summary>Bad input: each is a coded, localized refusal and nothing is written.</summary>
    public static Diagnostic? Check(SchoolData data, string? teacherId, string? text)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (string.IsNullOrWhiteSpace(teacherId) || data.FindStaff(teacherId.Trim()) is not { } teacher || !IsTeacher(teacher))
        {
            return Diagnostic.ErrorOf("Teachers.Error.UnknownTeacher", teacherId ?? "");
        }

        var finding = text?.Trim() ?? "";
        if (finding.Length == 0)
        {
            return Diagnostic.ErrorOf("Teachers.Error.EmptyFinding");
        }

        return finding.Length > MaxLength ? Diagnostic.ErrorOf("Teachers.Error.FindingTooLong", finding.Length, MaxLength) : null;
    }

    /// <summary>
    /// Records the finding as of the session's today; the case it started, or why nothing was recorded. The case and the
    /// finding's words in its journal are written in one transaction: when either fails (a refusal, or the database's
    /// exception, which is thrown), neither is kept.
    /// </summary>
    /// <param name="session">The school's session, with its policy.</param>
    /// <param name="teacherId">The teacher's staff id.</param>
    /// <param name="text">What the attestation or inspection found.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="actor">Who records it: a head's staff id, or the command line's name for itself.</param>
    public static Result<CaseSummary> Record(SchoolSession session, string? teacherId, string? text, TeacherFindingSource source, string actor)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (Check(session.Data, teacherId, text) is { } refused)
        {
            return Result<CaseSummary>.Failure([refused]);
        }

        // The policy's workflow tagged teacher_findings (DOMAIN policy 5), keyed by the teacher, the finding and the date in
        // that order, whatever the parts are called; a country whose regulation keeps none has none.
        var workflow = session.Definitions.LatestTagged(ReportTag.TeacherFindings);
        if (workflow is null || !workflow.KeyedFor(ReportTag.TeacherFindings))
        {
            return Result<CaseSummary>.Failure([Diagnostic.ErrorOf("Teachers.Error.NoFindingWorkflow")]);
        }

        // The teacher, the finding and the date, in the key's first three parts.
        string[] values = [teacherId!.Trim(), source.KeyPart(), IsoDate.Text(session.Workspace.Today)];
        var key = workflow.Key.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        // The same finding of the same day is one, in whichever tagged workflow it was recorded (the shipped one's or a
        // school's copy's): their keys hold the same values in the same order.
        var tagged = session.Definitions.Tagged(ReportTag.TeacherFindings).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var existing = session.Runtime.Cases().FirstOrDefault(c => tagged.Contains(c.Workflow) && CaseKey.Values(c.Key).Take(values.Length).SequenceEqual(values, StringComparer.Ordinal));
        if (existing is not null)
        {
            return Result<CaseSummary>.Failure([Diagnostic.ErrorOf("Teachers.Error.AlreadyRecorded", existing.Id)]);
        }

        // The case and the finding's words are one unit: a case without its finding is a half write (issue 14).
        // Returning or throwing before the commit keeps neither.
        using var unit = session.Runtime.BeginTransaction();
        var started = session.Runtime.Start(workflow.Name, new CaseContext(null, null, null, key), actor);
        if (started.Error is { } error)
        {
            return Result<CaseSummary>.Failure([error]);
        }

        if (!started.Created)
        {
            // Another process recorded the same finding since the check above: its case is not this one's to comment.
            return Result<CaseSummary>.Failure([Diagnostic.ErrorOf("Teachers.Error.AlreadyRecorded", started.CaseId)]);
        }

        // The finding's own words go into the case journal on its first task, where the teacher reads them and the
        // findings register takes them (TeacherFindingsReport).
        if (session.Runtime.Tasks(new TaskQuery(CaseId: started.CaseId)).FirstOrDefault() is { } first
            && session.Runtime.Comment(first.Id, text!.Trim(), actor) is { Error: { } notCommented })
        {
            return Result<CaseSummary>.Failure([notCommented]);
        }

        unit.Commit();
        return Result<CaseSummary>.From(session.Runtime.Case(started.CaseId)!, []);
    }

    private static bool IsTeacher(Staff staff) =>
        staff.Has(StaffRole.SubjectTeacher) || staff.Has(StaffRole.ClassTeacher) || staff.Has(StaffRole.Director) || staff.Has(StaffRole.DeputyDirector);
}
