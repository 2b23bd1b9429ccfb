namespace InternalControl.Workflows.Definitions;

/// <summary>
/// Runs branches side by side; each branch ends by moving to <see cref="WorkflowDefinition.Join"/>,
/// and when all have, the case moves to <paramref name="Next"/>.
/// </summary>
public sealed record ParallelStep(string Id, IReadOnlyList<string> Branches, string Next) : StepDefinition(Id)
{
    public override IEnumerable<string> Targets => Branches.Append(Next);
}
