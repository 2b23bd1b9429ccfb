namespace InternalControl.Workflows.Definitions;

/// <summary>A row of a decision: when all its conditions hold, the case moves to <paramref name="Next"/>.</summary>
public sealed record DecisionRow(IReadOnlyList<Condition> When, string Next);
