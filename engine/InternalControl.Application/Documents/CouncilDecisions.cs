using InternalControl.Application.Cases;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Workflows.Journal;

namespace InternalControl.Application.Documents;

/// <summary>
/// The pedagogical council's decisions of a school year, per pupil (No. 97 9.5), read from the cases: the done task of
/// each step the policy tags <c>report council_decision</c> (<see cref="ReportTag.CouncilDecision"/>), whatever the
/// workflow and the step are called. The council's minutes and the director's order list them.
/// </summary>
public static class CouncilDecisions
{
    /// <summary>The step's choice field that holds the decision.</summary>
    public const string DecisionField = "decision";

    /// <summary>The step's field that holds the number of the council's minutes.</summary>
    public const string MinutesNumberField = "minutes_number";

    /// <summary>The step's field that holds the date of the council's minutes.</summary>
    public const string MinutesDateField = "minutes_date";

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
            if (definition?.StepTagged(ReportTag.CouncilDecision)?.Id is not { } step)
            {
                continue;
            }

            var done = session.Runtime.Journal(summary.Id).LastOrDefault(e => e.Kind == JournalKind.TaskCompleted && e.Step == step);
            var day = done is null ? default : SchoolTime.DayOf(done.At, country);
            if (done is null || day < from || day > to || Reports.CaseReportScope.Field(done.Data, DecisionField) is not { } decision)
            {
                continue;
            }

            decisions[summary.PupilId!] = new CouncilDecision(
                summary.PupilId!,
                decision,
                Reports.CaseReportScope.Field(done.Data, MinutesNumberField),
                IsoDate.TryParse(Reports.CaseReportScope.Field(done.Data, MinutesDateField), out var minutes) ? minutes : null,
                day);
        }

        return [.. decisions.Values.OrderBy(d => d.Recorded)];
    }
}
