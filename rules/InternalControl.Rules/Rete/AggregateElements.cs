using System.Linq.Expressions;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Rete;

/// <summary>
/// Finds the aggregates of a rule's condition that NRules computes as aggregate elements (score aggregates at the top
/// of the condition, not inside another aggregate) and replaces each one's node with a read of its value from the
/// array the NRules condition is given. Aggregates inside another aggregate stay in its filter, untouched.
/// </summary>
internal sealed class AggregateElements : ExpressionVisitor
{
    private readonly Dictionary<Expression, AggregateDefinition> _all;
    private readonly ParameterExpression _values = Expression.Parameter(typeof(double[]), "aggregates");
    private readonly List<AggregateDefinition> _elements = [];

    private AggregateElements(RuleDefinition rule) =>
        _all = rule.Aggregates.ToDictionary(a => a.Computation); // expression nodes compare by reference

    /// <summary>
    /// The rule's condition over (context, aggregate values) and the aggregates whose values it reads, in order; no
    /// aggregates when NRules cannot compute them as elements for this rule (a condition that divides reports a division
    /// by 0 only where the expression tree reaches it; one that reads derived facts reads them per pupil).
    /// </summary>
    public static (Expression<Func<EvalContext, double[], bool>>? Condition, IReadOnlyList<AggregateDefinition> Elements) Of(RuleDefinition rule)
    {
        if (rule.Divides || rule.FactsRead.Count > 0 || !rule.Aggregates.Any(a => a.Over == FactType.Score))
        {
            return (null, []);
        }

        var visitor = new AggregateElements(rule);
        var body = visitor.Visit(rule.Condition.Body)!;
        return visitor._elements.Count == 0
            ? (null, [])
            : (Expression.Lambda<Func<EvalContext, double[], bool>>(body, rule.Condition.Parameters[0], visitor._values), visitor._elements);
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null || !_all.TryGetValue(node, out var aggregate))
        {
            return base.Visit(node);
        }

        if (aggregate.Over != FactType.Score)
        {
            // Another aggregate (marks, absences, subjects) stays as its loop, and so does all that it nests.
            return node;
        }

        var value = Expression.ArrayIndex(_values, Expression.Constant(_elements.Count));
        _elements.Add(aggregate);
        return node.Type == typeof(bool) ? Expression.NotEqual(value, Expression.Constant(0d)) : value;
    }
}
