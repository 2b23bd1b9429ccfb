using InternalControl.Application.Control;
using InternalControl.Application.Policies;
using InternalControl.Kernel.Calendars;
using InternalControl.Rules.Model;

namespace InternalControl.Application.Reports;

/// <summary>What a report covers and the school's parameters it uses.</summary>
/// <param name="Quarter">The quarter, 1-4.</param>
public sealed record ReportOptions(int Quarter)
{
    /// <summary>The calendar to use; by default the built-in calendar of the school's country and year.</summary>
    public SchoolCalendar? Calendar { get; init; }

    /// <summary>Only this class, when set (its id).</summary>
    public string? ClassId { get; init; }

    /// <summary>The weights of unit and term summatives in a Kazakh quarter mark.</summary>
    public CriteriaWeights Weights { get; init; } = CriteriaWeights.Default;

    /// <summary>
    /// Weekly hours by subject id, for the unit-summative limit (seed 001 R31). A subject not listed counts
    /// as more than 1 hour a week, the more common case and the looser limit, so nothing is flagged on a guess.
    /// </summary>
    public IReadOnlyDictionary<string, int> WeeklyHours { get; init; } = new Dictionary<string, int>();

    /// <summary>How criterion scores combine into a group on an evaluation sheet (a school parameter, seed 000 §3.2).</summary>
    public GroupRule GroupRule { get; init; } = GroupRule.RoundedMean;

    /// <summary>
    /// How many evaluations in a row in group C exempt an object from re-control on a sheet (seed 000 §3.1; the
    /// policy parameter <see cref="Evaluations.ExemptionParameter"/>).
    /// </summary>
    public int ExemptionEvaluations { get; init; } = Evaluations.DefaultExemptionEvaluations;

    /// <summary>
    /// The reserve groups of the low-achiever list (a single "3" or "4"), from the policy's <c>threes_limit</c> and
    /// <c>fours_limit</c>; none unless a policy declares them, so a Kyrgyz school lists failing pupils only.
    /// </summary>
    public ReserveLimits Reserve { get; init; } = ReserveLimits.None;

    /// <summary>
    /// The school days in a row one parent's note excuses (No. 97 6.2 A; the policy parameter
    /// <c>parent_note_max_days</c>); null when the policy sets no limit.
    /// </summary>
    public int? ParentNoteMaxDays { get; init; }

    /// <summary>The decision matrix of the school's policy (the evaluation report's sheets and decisions); null when the policy has none.</summary>
    public DecisionMatrix? Matrix { get; init; }

    /// <summary>
    /// These options with what the school's policy says: its decision matrix, its exemption parameter and the
    /// weights of a Kazakh quarter mark (seed 001 R33: <c>unit_weight</c>, <c>term_weight</c>, <c>formative_share</c>, percents).
    /// </summary>
    public ReportOptions WithPolicy(CompiledPolicy? policy) => this with
    {
        Matrix = DecisionMatrix.From(policy),
        Reserve = new ReserveLimits(
            PolicyParameters.Int(policy, ReserveLimits.ThreesParameter, 0),
            PolicyParameters.Int(policy, ReserveLimits.FoursParameter, 0)),
        ParentNoteMaxDays = PolicyParameters.Int(policy, District.AttendanceReport.ParentNoteParameter, -1) is var days and >= 0 ? days : ParentNoteMaxDays,
        ExemptionEvaluations = PolicyParameters.Int(policy, Evaluations.ExemptionParameter, ExemptionEvaluations),
        Weights = new CriteriaWeights(
            PolicyParameters.Int(policy, "unit_weight", (int)Math.Round(Weights.Unit * 100)) / 100.0,
            PolicyParameters.Int(policy, "term_weight", (int)Math.Round(Weights.Term * 100)) / 100.0)
        {
            Formative = PolicyParameters.Int(policy, "formative_share", (int)Math.Round(Weights.Formative * 100)) / 100.0,
        },
    };
}
