namespace InternalControl.Workflows.Definitions;

/// <summary>A named outcome of a task and the step it leads to.</summary>
public sealed record OutcomeDefinition(string Name, string Next);
