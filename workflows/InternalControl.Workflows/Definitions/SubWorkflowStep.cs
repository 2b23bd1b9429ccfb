namespace InternalControl.Workflows.Definitions;

/// <summary>Starts another workflow for the same case context and waits for its result (kept in the variable named after this step).</summary>
public sealed record SubWorkflowStep(string Id, string Workflow, string Next) : StepDefinition(Id)
{
    public override IEnumerable<string> Targets => [Next];
}
