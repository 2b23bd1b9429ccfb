using InternalControl.Application.Cases;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Journal;

namespace InternalControl.Application.Documents;

/// <summary>
/// The pedagogical council's decisions of a school year, per pupil (No. 97 9.5), read from the cases: the done task of
/// each step the policy tags <c>report council_decision</c> (<see cref="ReportTag.CouncilDecision"/>), its fields found
/// by their tags too (<c>report decision</c>, <c>report minutes_number</c>, <c>report minutes_date</c>), whatever the
/// workflow, the step and the fields are called. The council's minutes and the director's order list them.
/// </summary>
public static class CouncilDecisions
{
    /// <summary>
    /// The decisions recorded between <paramref name="from"/> and <paramref name="to"/> (school days), the latest per
    /// pupil, in the order they were recorded.
    /// </summary>
    public static IReadOnlyList<CouncilDecision> Of(SchoolSession session, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(session);
        var country = session.Data.School.Country;
        var decisions = new Dictionary<string, CouncilDecision>(StringComparer.Ordinal);
        foreach (var summary in session.Runtime.Cases().Where(c => c.PupilId is not null).OrderBy(c => c.Id))
        {
            var definition = session.Definitions.Find(summary.Workflow, summary.Version) ?? session.Definitions.Latest(summary.Workflow);
            if (definition?.StepTagged(ReportTag.CouncilDecision) is not TaskStep step || step.FieldTagged(ReportTag.Decision)?.Name is not { } decisionField)
            {
                continue;
            }

            var done = session.Runtime.Journal(summary.Id).LastOrDefault(e => e.Kind == JournalKind.TaskCompleted && e.Step == step.Id);
            var day = done is null ? default : SchoolTime.DayOf(done.At, country);
            if (done is null || day < from || day > to || Reports.CaseReportScope.Field(done.Data, decisionField) is not { } decision)
            {
                continue;
            }

            IReadOnlyDictionary<string, string?> form = done.Data;
            string? Tagged(string tag) => step.FieldTagged(tag) is { } field ? Reports.CaseReportScope.Field(form, field.Name) : null;
            decisions[summary.PupilId!] = new CouncilDecision(
                summary.PupilId!,
                decision,
                Tagged(ReportTag.MinutesNumber),
                IsoDate.TryParse(Tagged(ReportTag.MinutesDate), out var minutes) ? minutes : null,
                day);
        }

        return [.. decisions.Values.OrderBy(d => d.Recorded)];
    }
}
