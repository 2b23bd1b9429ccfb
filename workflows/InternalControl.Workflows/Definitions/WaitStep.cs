namespace InternalControl.Workflows.Definitions;

/// <summary>Waits a number of school days, or until a date, then moves on.</summary>
public sealed record WaitStep(string Id, int? SchoolDays, DateOnly? Until, string Next) : StepDefinition(Id)
{
    public override IEnumerable<string> Targets => [Next];
}
