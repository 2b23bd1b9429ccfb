using System.Linq.Expressions;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Rete;

/// <summary>A rule's condition whose score aggregates NRules collects: the condition over their values, and the aggregates.</summary>
internal sealed class ReteCondition(Expression<Func<EvalContext, double[], bool>> condition, IReadOnlyList<AggregateDefinition> aggregates)
{
    private readonly Lazy<Func<EvalContext, double[], bool>> _condition = new(condition.Compile);

    public ReteAggregate[] Aggregates { get; } = [.. aggregates.Select(a => new ReteAggregate(a, condition.Parameters[0]))];

    /// <summary>The condition for the binding the context is pointed at, given what NRules collected for each aggregate.</summary>
    public bool Test(EvalContext context, IEnumerable<ScoreFact>[] collected)
    {
        var values = new double[Aggregates.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Aggregates[i].Fold(context, collected[i]);
        }

        return _condition.Value(context, values);
    }
}
