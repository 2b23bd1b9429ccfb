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
    private int _met;

    private AggregateElements(RuleDefinition rule) =>
        _all = rule.Aggregates.ToDictionary(a => a.Computation); // expression nodes compare by reference

    /// <summary>
    /// The rule's condition split for NRules: its leading conjuncts that read no aggregate (the binding pattern's own
    /// condition, so that only bindings that pass it are joined with the scores; null when there are none), the rest over
    /// (context, aggregate values), and the aggregates whose values it reads, in order. No split when NRules cannot
    /// compute the aggregates as elements for this rule (a condition that divides reports a division by 0 only where the
    /// expression tree reaches it; one that reads derived facts reads them per pupil).
    /// </summary>
    public static (Expression<Func<EvalContext, bool>>? Prefix, Expression<Func<EvalContext, double[], bool>>? Condition, IReadOnlyList<AggregateDefinition> Elements) Of(RuleDefinition rule)
    {
        if (rule.Divides || rule.FactsRead.Count > 0 || !rule.Aggregates.Any(a => a.Over == FactType.Score))
        {
            return (null, null, []);
        }

        var visitor = new AggregateElements(rule);
        var conjuncts = new List<Expression>();
        Flatten(rule.Condition.Body, conjuncts);
        var prefix = new List<Expression>();
        var rest = new List<Expression>();
        foreach (var conjunct in conjuncts)
        {
            var met = visitor._met;
            var visited = visitor.Visit(conjunct)!;
            if (rest.Count == 0 && visitor._met == met)
            {
                prefix.Add(conjunct);
            }
            else
            {
                rest.Add(visited);
            }
        }

        var ctx = rule.Condition.Parameters[0];
        return visitor._elements.Count == 0
            ? (null, null, [])
            : (prefix.Count == 0 ? null : Expression.Lambda<Func<EvalContext, bool>>(prefix.Aggregate(Expression.AndAlso), ctx),
                Expression.Lambda<Func<EvalContext, double[], bool>>(rest.Aggregate(Expression.AndAlso), ctx, visitor._values),
                visitor._elements);
    }

    /// <summary>The conjuncts of a condition (`a and b and c`), in order.</summary>
    private static void Flatten(Expression condition, List<Expression> into)
    {
        if (condition is BinaryExpression { NodeType: ExpressionType.AndAlso } and)
        {
            Flatten(and.Left, into);
            Flatten(and.Right, into);
            return;
        }

        into.Add(condition);
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null || !_all.TryGetValue(node, out var aggregate))
        {
            return base.Visit(node);
        }

        _met++;

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
