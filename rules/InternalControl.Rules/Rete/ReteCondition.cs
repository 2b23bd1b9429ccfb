using System.Linq.Expressions;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Rete;

/// <summary>
/// A rule's condition whose score aggregates NRules collects or groups, or whose mark aggregates NRules groups by the
/// binding: its leading conjuncts that read no aggregate (tested on the binding alone), the rest over the aggregates'
/// values, and the aggregates.
/// </summary>
internal sealed class ReteCondition(Expression<Func<EvalContext, bool>>? prefix, Expression<Func<EvalContext, double[], bool>> condition, IReadOnlyList<AggregateDefinition> aggregates)
{
    private readonly Lazy<Func<EvalContext, double[], bool>> _condition = new(condition.Compile);
    private readonly Lazy<Func<EvalContext, bool>>? _prefix = prefix is null ? null : new(prefix.Compile);
    private bool? _sparse;

    /// <summary>Compiles the condition, its leading conjuncts and its aggregates' filters and values now.</summary>
    public void Prepare()
    {
        _ = _condition.Value;
        _ = _prefix?.Value;
        foreach (var aggregate in Aggregates)
        {
            aggregate.Prepare();
        }
    }

    /// <summary>True when the condition tests the binding alone before its aggregates.</summary>
    public bool HasPrefix => _prefix is not null;

    /// <summary>The leading conjuncts for the binding the context is pointed at.</summary>
    public bool TestPrefix(EvalContext context) => _prefix is null || _prefix.Value(context);

    public ReteAggregate[] Aggregates { get; } = [.. aggregates.Select(a => new ReteAggregate(a, condition.Parameters[0]))];

    /// <summary>True when a score aggregate reads the bound score's (object, sheet) group: the rule takes its binding from an NRules group-by.</summary>
    public bool Grouped => Aggregates.Any(a => a.FromGroup);

    /// <summary>True when the aggregates count the binding's marks (all of them do, or none).</summary>
    public bool OverMarks => Aggregates.Any(a => a.OverMarks);

    /// <summary>
    /// True when the condition over the aggregates reads nothing but their values and fails when each is its value over no
    /// rows (`count(mark g where g.value = 2) >= 3`, `avg(mark m) &lt; 3`): a binding none of whose marks an aggregate
    /// counts cannot fire, so it needs no group of marks (<see cref="ReteModel"/>). NRules groups the marks of such a
    /// condition only. Asked of a condition whose aggregates count the binding's marks (<see cref="OverMarks"/>).
    /// </summary>
    public bool Sparse => _sparse ??= FreeParameters.Within(condition.Body, condition.Parameters[1])
        && !_condition.Value(null!, [.. Aggregates.Select(a => a.Empty)]);

    /// <summary>
    /// The condition for the binding the context is pointed at, given what NRules collected for each aggregate (the binding's
    /// group for one that <see cref="ReteAggregate.FromGroup"/>).
    /// </summary>
    public bool Test(EvalContext context, IEnumerable<ScoreFact>[] collected)
    {
        var values = new double[Aggregates.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Aggregates[i].Fold(context, collected[i]);
        }

        return _condition.Value(context, values);
    }

    /// <summary>The condition for the binding the context is pointed at, given the marks of its group in any order.</summary>
    public bool TestMarks(EvalContext context, List<MarkFact> marks)
    {
        marks.Sort(static (a, b) => a.Subject != b.Subject ? a.Subject.CompareTo(b.Subject) : a.Order.CompareTo(b.Order));
        var values = new double[Aggregates.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Aggregates[i].FoldMarks(context, marks);
        }

        return _condition.Value(context, values);
    }
}
