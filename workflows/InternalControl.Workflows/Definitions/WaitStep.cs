namespace InternalControl.Workflows.Definitions;

/// <summary>
/// Waits a number of school days, until a date, until the date a case variable holds, or until the end of the school
/// year, then moves on.
/// </summary>
public sealed record WaitStep(string Id, int? SchoolDays, DateOnly? Until, string Next) : StepDefinition(Id)
{
    /// <summary>True for <c>wait until year_end</c>: the last day of the school year in the school's calendar (No. 97 9.5).</summary>
    public bool UntilYearEnd { get; init; }

    /// <summary>
    /// For <c>wait until VARIABLE otherwise N school_days</c>: the case variable that holds the date to wait for, an
    /// ISO date (yyyy-mm-dd) or a month (yyyy-mm, its first day), set when the case starts (the ВШК plan's second
    /// control). <see cref="SchoolDays"/> is the wait when the case has no such date.
    /// </summary>
    public string? UntilVariable { get; init; }

    public override IEnumerable<string> Targets => [Next];
}
