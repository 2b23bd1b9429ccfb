using InternalControl.Rules.Runtime;

namespace InternalControl.Application.Policies.Workbench;

/// <summary>
/// One rule in a preview: how many cases it asks for under the attached policy and under the overlay, the cases only the
/// overlay asks for (<see cref="Opening"/>) and those only the attached policy asks for (<see cref="Closing"/>: they would no longer open).
/// </summary>
public sealed record RulePreview(string Rule, int Attached, int Overlay, IReadOnlyList<WorkflowStart> Opening, IReadOnlyList<WorkflowStart> Closing);
