namespace InternalControl.Workflows.Definitions;

/// <summary>Sends a notification rendered from a template (Notifications catalog key <c>Notify.{Template}</c>) to each recipient, in their language.</summary>
public sealed record NotifyStep(string Id, IReadOnlyList<WorkflowRole> Recipients, string Template, string Next) : StepDefinition(Id)
{
    public override IEnumerable<string> Targets => [Next];
}
