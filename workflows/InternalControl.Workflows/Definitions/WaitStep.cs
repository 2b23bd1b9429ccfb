namespace InternalControl.Workflows.Definitions;

/// <summary>Waits a number of school days, until a date, or until the end of the school year, then moves on.</summary>
public sealed record WaitStep(string Id, int? SchoolDays, DateOnly? Until, string Next) : StepDefinition(Id)
{
    /// <summary>True for <c>wait until year_end</c>: the last day of the school year in the school's calendar (No. 97 9.5).</summary>
    public bool UntilYearEnd { get; init; }

    public override IEnumerable<string> Targets => [Next];
}
