using System.Linq.Expressions;
using InternalControl.Rules.Model;

namespace InternalControl.Rules.Tables;

/// <summary>A compiled decision table: the public face, and (for single-result hit policies) a typed lambda that rules inline.</summary>
internal sealed record TableModel(DecisionTable Table, LambdaExpression? Function, IReadOnlyList<ValueKind> InputKinds, ValueKind OutputKind, string Canonical)
{
    /// <summary>Every output column, each with its own typed lambda (a value, or a list for rule_order and collect), in column order.</summary>
    public IReadOnlyList<TableOutput> Outputs { get; init; } = [];
}
