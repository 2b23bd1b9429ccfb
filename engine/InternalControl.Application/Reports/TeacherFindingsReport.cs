using InternalControl.Application.Cases;
using InternalControl.Application.Registers;
using InternalControl.Application.Teachers;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Schools;
using InternalControl.Localization;
using InternalControl.Workflows.Journal;
using InternalControl.Workflows.Runtime;

namespace InternalControl.Application.Reports;

/// <summary>
/// The findings register of Kazakh policy 5 (seed 003's "information on the elimination of violations and
/// deficiencies"): one row per finding about a teacher, with the teacher and category, the finding and the norm it
/// cites, the date it runs from, the corrective and preventive action, the evidence and its date, who checked it, when,
/// and the result, and where the finding stands. Read from the cases of every workflow tagged <c>report teacher_findings</c>
/// (<see cref="ReportTag.TeacherFindings"/>: its key's parts are the teacher, the finding and the date it runs from, in that
/// order, whatever the policy calls them) and from its steps' completions of the register
/// <see cref="RegisterCodes.TeacherFindings"/> in the journal: never a separate book.
/// </summary>
public static class TeacherFindingsReport
{
    /// <summary>The report's name as the command line spells it.</summary>
    public const string Name = "teacher-findings";

    // "Never" as a key part: the rules write a date left empty as day 1 of year 1.
    private const string Never = "0001-01-01";

    /// <summary>The register as a report table, every finding of the school, newest first.</summary>
    public static ReportTable Build(WorkflowRuntime runtime, RegisterBook registers, SchoolData data, Localizer texts)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(texts);
        var workflows = runtime.Definitions.Tagged(ReportTag.TeacherFindings).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var entries = registers.Entries(RegisterCodes.TeacherFindings, DateOnly.MinValue, DateOnly.MaxValue)
            .ToLookup(e => e.CaseId);
        string[] keys = ["opened", "teacher", "category", "finding", "norm", "since", "action", "preventive", "evidence", "evidence_date", "checked_by", "checked_on", "check", "status"];
        var columns = keys.Select(k => new ReportColumn(k, texts.Get("Reports.TeacherFindings." + k))).ToList();
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var summary in runtime.Cases().Where(c => workflows.Contains(c.Workflow)))
        {
            var parts = CaseKey.Values(summary.Key);
            var teacher = parts.ElementAtOrDefault(0);
            var finding = parts.ElementAtOrDefault(1);
            var since = parts.ElementAtOrDefault(2);
            var lines = entries[summary.Id].ToList();
            // The latest plan, evidence and check: a returned check sends the teacher back to the plan, and the register
            // keeps every round while this row shows where the finding stands.
            var plan = lines.LastOrDefault(e => e.Fields.ContainsKey("action"));
            var evidence = lines.LastOrDefault(e => e.Fields.ContainsKey("evidence"));
            var check = lines.LastOrDefault(e => e.Step == "check" || e.Outcome is "accepted" or "returned");
            var category = data.Qualifications.FirstOrDefault(q => q.StaffId == teacher)?.Category;
            rows.Add(
            [
                ReportCell.Of(DateOnly.FromDateTime(summary.StartedAt.UtcDateTime)),
                ReportCell.Of(data.StaffName(teacher)),
                ReportCell.Of(category is { } c ? texts.Get(c.TextKey()) : null),
                ReportCell.Of(finding is null ? null : texts.GetOr("Workflows.Choice." + finding, finding) + Recorded(runtime, summary.Id, finding)),
                ReportCell.Of(finding is null ? null : texts.GetOr("Reports.TeacherFindings.Norm." + finding, "")),
                since is null or Never ? ReportCell.Of(texts.Get("Reports.TeacherFindings.Never")) : ReportCell.Of(since),
                ReportCell.Of(plan?.Fields.GetValueOrDefault("action")),
                ReportCell.Of(plan?.Fields.GetValueOrDefault("preventive")),
                ReportCell.Of(evidence?.Fields.GetValueOrDefault("evidence")),
                ReportCell.Of(evidence?.Fields.GetValueOrDefault("evidence_date")),
                ReportCell.Of(data.StaffName(check?.Actor)),
                check is null ? ReportCell.Empty : ReportCell.Of(check.Date),
                ReportCell.Of(check is null ? null : texts.GetOr("Workflows.Outcome." + check.Outcome, check.Outcome)),
                ReportCell.Of(Status(summary, texts)),
            ]);
        }

        return new ReportTable(Name, texts.Get("Reports.TeacherFindings.Title"), columns, rows, [texts.Get("Reports.TeacherFindings.Note")]);
    }

    // A finding recorded by hand (an attestation's or an inspection's, TeacherFindings) keeps its own words as the first
    // comment in its case's journal.
    private static string Recorded(WorkflowRuntime runtime, long caseId, string finding) =>
        Enum.GetValues<TeacherFindingSource>().Any(s => s.KeyPart() == finding)
        && runtime.Journal(caseId).FirstOrDefault(e => e.Kind == JournalKind.Commented)?.Detail is { } words
            ? ": " + words
            : "";

    // Open: the step it stands at; closed: its result.
    private static string Status(CaseSummary summary, Localizer texts) => summary.IsOpen
        ? string.Join(", ", summary.CurrentSteps.Select(s => texts.GetOr($"Workflows.Step.{summary.Workflow}.{s}", texts.GetOr("Workflows.Step." + s, s))))
        : texts.GetOr("Workflows.Outcome." + summary.Result, summary.Result ?? "");
}
