using System.Linq.Expressions;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Rete;

/// <summary>
/// An aggregate of the model as NRules computes it. Over scores: an NRules collect, or the group of an NRules group-by,
/// where <see cref="Matches"/> is the aggregate's window and filter for the binding (the collected pattern's condition).
/// Over marks: the group of the binding's marks an NRules group-by made. <see cref="Fold"/> and <see cref="FoldMarks"/>
/// compute the aggregate's function over what NRules collected or grouped, as the expression-tree engine's loop computes
/// it over the same rows in the same order.
/// </summary>
internal sealed class ReteAggregate
{
    private readonly Lazy<Func<EvalContext, EvaluationScore, bool>>? _filter;
    private readonly Lazy<Func<EvalContext, EvaluationScore, double>>? _value;
    private readonly Lazy<Func<EvalContext, MarkRow, bool>>? _markFilter;
    private readonly Lazy<Func<EvalContext, MarkRow, double>>? _markValue;
    private readonly Lazy<Func<EvalContext, MarkRow, bool>>? _markAdmits;

    public ReteAggregate(AggregateDefinition definition, ParameterExpression ctx)
    {
        Function = definition.Function;
        OverMarks = definition.Over == FactType.Mark;
        FromGroup = definition.Key is { OfBoundScore: true };
        if (OverMarks)
        {
            _markFilter = Compiled<Func<EvalContext, MarkRow, bool>>(definition.Filter, ctx, definition.Row);
            _markValue = definition.Value is { } markValue ? Compiled<Func<EvalContext, MarkRow, double>>(markValue, ctx, definition.Row) : null;
            _markAdmits = Compiled<Func<EvalContext, MarkRow, bool>>(RowConjuncts.Of(definition.Filter, ctx, definition.Row), ctx, definition.Row);
        }
        else
        {
            _filter = Compiled<Func<EvalContext, EvaluationScore, bool>>(definition.Filter, ctx, definition.Row);
            _value = definition.Value is { } value ? Compiled<Func<EvalContext, EvaluationScore, double>>(value, ctx, definition.Row) : null;
        }
    }

    public AggregateFunction Function { get; }

    /// <summary>True when the aggregate counts the marks of the binding, which NRules groups with it (<see cref="FoldMarks"/>).</summary>
    public bool OverMarks { get; }

    /// <summary>
    /// True when a score aggregate reads the group an NRules group-by made for the binding rather than a collect joined with
    /// every score: the scores of the bound score's object and sheet (<see cref="AggregateGrouping.ObjectSheet"/>), which
    /// <see cref="Fold"/> filters.
    /// </summary>
    public bool FromGroup { get; }

    /// <summary>The aggregate's value over no rows: 0 for a count or a sum, no for exists, yes for none, NaN otherwise.</summary>
    public double Empty => Result(0, Initial);

    /// <summary>Compiles the filter and value now.</summary>
    public void Prepare()
    {
        _ = _filter?.Value;
        _ = _value?.Value;
        _ = _markFilter?.Value;
        _ = _markValue?.Value;
        _ = _markAdmits?.Value;
    }

    /// <summary>
    /// False for a mark the aggregate counts for no binding, as of the session's date: the conjuncts of its filter that read
    /// only the mark (its window, `g.value = 2`) fail (<see cref="RowConjuncts"/>).
    /// </summary>
    public bool Admits(EvalContext context, MarkRow row) => _markAdmits!.Value(context, row);

    /// <summary>True when a score counts for the binding the context is pointed at (window and filter).</summary>
    public bool Matches(EvalContext context, int score) => _filter!.Value(context, context.Index.Scores[score]);

    /// <summary>
    /// The aggregate's value over the collected scores (a yes/no as 1 or 0), for the binding the context is pointed at; over
    /// a group (<see cref="FromGroup"/>), over the group's scores its window and filter let through.
    /// </summary>
    public double Fold(EvalContext context, IEnumerable<ScoreFact> collected)
    {
        var count = 0;
        var acc = Initial;
        // In index order, as the loop adds them: a sum of fractions does not depend on the order NRules collected in.
        foreach (var fact in collected.OrderBy(f => f.Score))
        {
            if (FromGroup && !Matches(context, fact.Score))
            {
                continue;
            }

            Add(ref count, ref acc, _value is null || !Valued ? null : _value.Value(context, context.Index.Scores[fact.Score]));
        }

        return Result(count, acc);
    }

    /// <summary>
    /// The aggregate's value (a yes/no as 1 or 0) over the binding's marks, given in the order the pupil's rows hold them,
    /// for the binding the context is pointed at: over the marks its window and filter let through.
    /// </summary>
    public double FoldMarks(EvalContext context, List<MarkFact> marks)
    {
        var count = 0;
        var acc = Initial;
        var filter = _markFilter!.Value;
        var value = Valued ? _markValue?.Value : null;
        foreach (var mark in marks)
        {
            if (filter(context, mark.Row))
            {
                Add(ref count, ref acc, value is null ? null : value(context, mark.Row));
            }
        }

        return Result(count, acc);
    }

    private static Lazy<T> Compiled<T>(Expression body, ParameterExpression ctx, ParameterExpression row) =>
        new(Expression.Lambda<T>(body, ctx, row).Compile);

    /// <summary>True when the function adds up values rather than counting rows.</summary>
    private bool Valued => Function is not (AggregateFunction.Count or AggregateFunction.Exists or AggregateFunction.None);

    private double Initial => Function switch
    {
        AggregateFunction.Min => double.PositiveInfinity,
        AggregateFunction.Max => double.NegativeInfinity,
        _ => 0d,
    };

    /// <summary>Counts a row, and adds its value (null: a row counted, not valued).</summary>
    private void Add(ref int count, ref double acc, double? row)
    {
        count++;
        if (row is not { } value)
        {
            return;
        }

        acc = Function switch
        {
            AggregateFunction.Min => Math.Min(acc, value),
            AggregateFunction.Max => Math.Max(acc, value),
            _ => acc + value,
        };
    }

    private double Result(int count, double acc) => Function switch
    {
        AggregateFunction.Exists => count > 0 ? 1 : 0,
        AggregateFunction.None => count == 0 ? 1 : 0,
        AggregateFunction.Count => count,
        AggregateFunction.Sum => acc,
        AggregateFunction.Avg => count == 0 ? double.NaN : acc / count,
        _ => count == 0 ? double.NaN : acc,
    };
}
