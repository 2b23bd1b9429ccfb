namespace InternalControl.Workflows.Definitions;

/// <summary>A definition, or the diagnostics that explain why there is none.</summary>
public sealed record DefinitionResult(WorkflowDefinition? Definition, IReadOnlyList<WorkflowMessage> Diagnostics)
{
    public bool Ok => Definition is not null;
}
