namespace InternalControl.Kernel.Plans;

/// <summary>
/// One row of the school's yearly internal control plan (мектепішілік бақылау жоспары, seed 000 §2.1): what is
/// controlled, when, by whom, where it is heard, what it ends with and when it is controlled a second time.
/// </summary>
/// <param name="Id">The row's code in the plan ("1.04", "6.22"), unique in the school's plan.</param>
/// <param name="Direction">The direction of control, 1-6 (Order No. 130).</param>
/// <param name="Topic">The control's topic in the school's own words, as its plan writes it.</param>
/// <param name="ObjectKind">What is controlled.</param>
/// <param name="ObjectId">The staff, class or subject id; null for <see cref="PlanObjectKind.School"/>.</param>
/// <param name="Sheet">The evaluation sheet the control scores on ("II.3"), or null when it uses none.</param>
/// <param name="Months">The months (1-12) the control is held in, in school-year order, at least one.</param>
/// <param name="ResponsibleId">The staff id of the person responsible.</param>
/// <param name="Venue">Where the result is heard.</param>
/// <param name="Output">What the control ends with.</param>
/// <param name="SecondMonth">The month of the second control (1-12), or null when the plan sets none.</param>
public sealed record PlanControl(
    string Id,
    int Direction,
    string Topic,
    PlanObjectKind ObjectKind,
    string? ObjectId,
    string? Sheet,
    IReadOnlyList<int> Months,
    string ResponsibleId,
    PlanVenue Venue,
    PlanOutput Output,
    int? SecondMonth)
{
    /// <summary>True when the control is held in <paramref name="month"/> (1-12).</summary>
    public bool HeldIn(int month) => Months.Contains(month);

    /// <summary>
    /// The month's place in the school year, September first (9 -> 1, ..., 8 -> 12): the order a plan lists its
    /// months in, and the order <c>ic plan</c> prints them.
    /// </summary>
    public static int SchoolYearOrder(int month) => (month + 3) % 12 + 1;
}
