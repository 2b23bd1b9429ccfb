using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Plans;
using InternalControl.Kernel.Time;

namespace InternalControl.Application.Plans;

/// <summary>
/// What the school's internal control plan says about a case a rule starts for an object and an evaluation sheet
/// (the Kazakh matrix re-control, seed 000 §3.1-3.4): the month of the plan's second control for that object and
/// sheet (<see cref="TagVariables.SecondControl"/>, yyyy-mm, the next such month from today) and the venue that hears it
/// (<see cref="TagVariables.Venue"/>, the plan's code, as <see cref="PlanTasks"/> gives it to a planned control). The policy's
/// workflow waits until the month (<c>wait until second_control otherwise N school_days</c>) and routes the hearing
/// by the venue. Without a plan row for the object and sheet, the venue is the one the decision matrix names for the
/// object's group on the sheet (§3.3, the policy's table tagged <c>report hearing_venue</c>) when it is one of the plan's venues; the case
/// has no second-control month, and the policy's fallbacks apply.
/// </summary>
public static class PlanRecontrol
{
    /// <summary>
    /// <paramref name="variables"/> with the plan's second-control month and venue added when the case re-controls an
    /// object on a sheet (<paramref name="target"/>: a start of the workflow tagged <c>report recontrols</c>, whose first
    /// two key values are the object and the sheet, whatever its key's parts are called) that the plan controls, or with
    /// the matrix's venue (<paramref name="matrixVenue"/>: the venue's key for an object and a sheet, or null) when the
    /// plan does not control them; the variables as they are otherwise (null stays null).
    /// </summary>
    public static Dictionary<string, string>? With(
        Dictionary<string, string>? variables,
        (string ObjectId, string Sheet)? target,
        Func<IReadOnlyList<PlanControl>> plan,
        DateOnly today,
        Func<string, string, string?>? matrixVenue = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (variables is null || target is not { } found)
        {
            return variables;
        }

        var (objectId, sheet) = found;

        var rows = plan().Where(c => c.ObjectId == objectId && c.Sheet == sheet).ToList();
        if (rows.Count == 0)
        {
            return PlanVenues.OfMatrix(matrixVenue?.Invoke(objectId, sheet)) is { } venue
                ? new Dictionary<string, string>(variables, StringComparer.Ordinal) { [TagVariables.Venue] = venue.Code() }
                : variables;
        }

        var added = new Dictionary<string, string>(variables, StringComparer.Ordinal)
        {
            [TagVariables.Venue] = rows[0].Venue.Code(),
        };
        if (rows.FirstOrDefault(c => c.SecondMonth is not null)?.SecondMonth is { } month)
        {
            added[TagVariables.SecondControl] = IsoMonth.Text(Next(month, today));
        }

        return added;
    }

    /// <summary>The first day of the next <paramref name="month"/> (1-12) from <paramref name="today"/>: this month counts.</summary>
    public static DateOnly Next(int month, DateOnly today) =>
        new(month >= today.Month ? today.Year : today.Year + 1, month, 1);
}
