namespace InternalControl.Workflows.Definitions;

/// <summary>Closes the case with a result; open tasks and timers of the case are cancelled.</summary>
public sealed record EndStep(string Id, string Result) : StepDefinition(Id)
{
    public override IEnumerable<string> Targets => [];
}
