using InternalControl.PolicyLanguage.Syntax;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>
/// What a workflow block may name from the rules part of its policy set: parameters with their effective values
/// (after the school's overlays) and decision tables. The binder resolves them, so a definition holds numbers and rows.
/// </summary>
public sealed record WorkflowScope(IReadOnlyDictionary<string, object> Parameters, IReadOnlyDictionary<string, TableSyntax> Tables)
{
    /// <summary>A scope that names nothing (a workflow built apart from any policy).</summary>
    public static WorkflowScope Empty { get; } = new(new Dictionary<string, object>(), new Dictionary<string, TableSyntax>());
}
