using InternalControl.Rules.Tables;

namespace InternalControl.Rules.Model;

/// <summary>
/// A policy bound into the typed, immutable rule model both engines build from: rules in evaluation order
/// (priority, then file order), the derived fact types, decision tables (compiled functions conditions call) and
/// parameters with their effective values.
/// </summary>
internal sealed record PolicyModel(
    IReadOnlyList<RuleDefinition> Rules,
    IReadOnlyList<DerivedFactType> Facts,
    IReadOnlyList<TableModel> Tables,
    IReadOnlyList<PolicyParameter> Parameters);
