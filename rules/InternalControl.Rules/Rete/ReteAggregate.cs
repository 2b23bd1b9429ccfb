using System.Linq.Expressions;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Rete;

/// <summary>
/// A score aggregate of the model as an NRules collect, or over the group of an NRules group-by: <see cref="Matches"/> is
/// the aggregate's window and filter for the binding (the collected pattern's condition), <see cref="Fold"/> computes the
/// aggregate's function over what NRules collected or grouped, as the expression-tree engine's loop computes it over the
/// same scores in the same order.
/// </summary>
internal sealed class ReteAggregate
{
    private readonly Lazy<Func<EvalContext, EvaluationScore, bool>> _filter;
    private readonly Lazy<Func<EvalContext, EvaluationScore, double>>? _value;

    public ReteAggregate(AggregateDefinition definition, ParameterExpression ctx)
    {
        Function = definition.Function;
        FromGroup = definition.Key is { OfBoundScore: true };
        var filter = Expression.Lambda<Func<EvalContext, EvaluationScore, bool>>(definition.Filter, ctx, definition.Row);
        _filter = new Lazy<Func<EvalContext, EvaluationScore, bool>>(filter.Compile);
        if (definition.Value is { } value)
        {
            var lambda = Expression.Lambda<Func<EvalContext, EvaluationScore, double>>(value, ctx, definition.Row);
            _value = new Lazy<Func<EvalContext, EvaluationScore, double>>(lambda.Compile);
        }
    }

    public AggregateFunction Function { get; }

    /// <summary>Compiles the filter and value now.</summary>
    public void Prepare()
    {
        _ = _filter.Value;
        _ = _value?.Value;
    }

    /// <summary>
    /// True when the aggregate reads the scores of the bound score's object and sheet (<see cref="AggregateGrouping.ObjectSheet"/>):
    /// NRules gives it the group its group-by element made for the binding, whose scores <see cref="Fold"/> filters,
    /// instead of a collect joined with every score.
    /// </summary>
    public bool FromGroup { get; }

    /// <summary>True when a score counts for the binding the context is pointed at (window and filter).</summary>
    public bool Matches(EvalContext context, int score) => _filter.Value(context, context.Index.Scores[score]);

    /// <summary>
    /// The aggregate's value over the collected scores (a yes/no as 1 or 0), for the binding the context is pointed at; over
    /// a group (<see cref="FromGroup"/>), over the group's scores its window and filter let through.
    /// </summary>
    public double Fold(EvalContext context, IEnumerable<ScoreFact> collected)
    {
        var count = 0;
        var acc = Function switch
        {
            AggregateFunction.Min => double.PositiveInfinity,
            AggregateFunction.Max => double.NegativeInfinity,
            _ => 0d,
        };
        // In index order, as the loop adds them: a sum of fractions does not depend on the order NRules collected in.
        foreach (var fact in collected.OrderBy(f => f.Score))
        {
            if (FromGroup && !Matches(context, fact.Score))
            {
                continue;
            }

            count++;
            if (_value is null || Function is AggregateFunction.Count or AggregateFunction.Exists or AggregateFunction.None)
            {
                continue;
            }

            var value = _value.Value(context, context.Index.Scores[fact.Score]);
            acc = Function switch
            {
                AggregateFunction.Min => Math.Min(acc, value),
                AggregateFunction.Max => Math.Max(acc, value),
                _ => acc + value,
            };
        }

        return Function switch
        {
            AggregateFunction.Exists => count > 0 ? 1 : 0,
            AggregateFunction.None => count == 0 ? 1 : 0,
            AggregateFunction.Count => count,
            AggregateFunction.Sum => acc,
            AggregateFunction.Avg => count == 0 ? double.NaN : acc / count,
            _ => count == 0 ? double.NaN : acc,
        };
    }
}
