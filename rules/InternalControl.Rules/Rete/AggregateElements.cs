using System.Linq.Expressions;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Rete;

/// <summary>
/// Finds the aggregates of a rule's condition that NRules computes as aggregate elements, at the top of the condition
/// (not inside another aggregate), and replaces each one's node with a read of its value from the array the NRules
/// condition is given. They are the score aggregates of a rule that has any; in a rule with none, the mark aggregates
/// over the marks of the rule's own binding (the bound pupil and subject in a rule over `pupil p, subject s`, the pupil in
/// a rule over `pupil p`), which NRules groups by the binding. Aggregates inside another aggregate stay in its filter,
/// untouched, and so do the other aggregates of the condition.
/// </summary>
internal sealed class AggregateElements : ExpressionVisitor
{
    private readonly Dictionary<Expression, AggregateDefinition> _all;
    private readonly RuleDefinition _rule;
    private readonly FactType _over;
    private readonly ParameterExpression _values = Expression.Parameter(typeof(double[]), "aggregates");
    private readonly List<AggregateDefinition> _elements = [];
    private int _met;

    private AggregateElements(RuleDefinition rule, FactType over)
    {
        _all = rule.Aggregates.ToDictionary(a => a.Computation); // expression nodes compare by reference
        _rule = rule;
        _over = over;
    }

    /// <summary>
    /// The rule's condition split for NRules: its leading conjuncts that read no aggregate (the binding pattern's own
    /// condition, so that only bindings that pass it are joined with the scores; null when there are none), the rest over
    /// (context, aggregate values), and the aggregates whose values it reads, in order. No split when NRules cannot
    /// compute the aggregates as elements for this rule (a condition that divides reports a division by 0 only where the
    /// expression tree reaches it; one that reads derived facts reads them per pupil).
    /// </summary>
    public static (Expression<Func<EvalContext, bool>>? Prefix, Expression<Func<EvalContext, double[], bool>>? Condition, IReadOnlyList<AggregateDefinition> Elements) Of(RuleDefinition rule)
    {
        if (rule.Divides || rule.FactsRead.Count > 0)
        {
            return (null, null, []);
        }

        var over = rule.Aggregates.Any(a => a.Over == FactType.Score) ? FactType.Score : FactType.Mark;
        var visitor = new AggregateElements(rule, over);
        var conjuncts = Conjuncts(rule.Condition.Body);
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

    /// <summary>
    /// True when a mark aggregate counts the marks of the rule's binding (its pupil and subject, or its pupil), reading
    /// nothing but the context and the mark: the marks NRules groups by the binding.
    /// </summary>
    private bool OfBinding(AggregateDefinition aggregate) =>
        (_rule.Scope, aggregate.Grouping) is (RuleScope.PupilSubject, AggregateGrouping.PupilSubject) or (RuleScope.Pupil, AggregateGrouping.Pupil)
        && FreeParameters.Within(aggregate.Filter, _rule.Condition.Parameters[0], aggregate.Row)
        && FreeParameters.Within(aggregate.Value, _rule.Condition.Parameters[0], aggregate.Row);

    /// <summary>The conjuncts of a condition (`a and b and c`), in order.</summary>
    public static List<Expression> Conjuncts(Expression condition)
    {
        var conjuncts = new List<Expression>();
        Flatten(condition, conjuncts);
        return conjuncts;
    }

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

        if (aggregate.Over != _over || (_over == FactType.Mark && !OfBinding(aggregate)))
        {
            // Another aggregate (absences, subjects, marks beside scores or beyond the binding's) stays as its loop, and
            // so does all that it nests.
            return node;
        }

        var value = Expression.ArrayIndex(_values, Expression.Constant(_elements.Count));
        _elements.Add(aggregate);
        return node.Type == typeof(bool) ? Expression.NotEqual(value, Expression.Constant(0d)) : value;
    }
}
