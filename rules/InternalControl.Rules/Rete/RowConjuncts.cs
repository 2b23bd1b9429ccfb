using System.Linq.Expressions;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Rete;

/// <summary>
/// The conjuncts of an aggregate's filter that read only the row and the session's date (<see cref="EvalContext.NowDay"/>,
/// <see cref="EvalContext.CurrentTerm"/>, <see cref="EvalContext.Now"/>), not the binding: the window, and tests such as
/// `g.value = 2`. A row for which they fail is counted for no binding, so working memory need not hold it.
/// </summary>
internal sealed class RowConjuncts : ExpressionVisitor
{
    private static readonly HashSet<string> SessionFields = [nameof(EvalContext.NowDay), nameof(EvalContext.CurrentTerm), nameof(EvalContext.Now)];

    private readonly ParameterExpression _ctx;
    private readonly HashSet<ParameterExpression> _known;
    private bool _other;

    private RowConjuncts(ParameterExpression ctx, ParameterExpression row)
    {
        _ctx = ctx;
        _known = [row];
    }

    /// <summary>The filter's conjuncts that read only <paramref name="row"/> and the session's date through <paramref name="ctx"/>, as one test (true when none does).</summary>
    public static Expression Of(Expression filter, ParameterExpression ctx, ParameterExpression row)
    {
        var kept = AggregateElements.Conjuncts(filter).Where(conjunct =>
        {
            var visitor = new RowConjuncts(ctx, row);
            visitor.Visit(conjunct);
            return !visitor._other;
        });
        return kept.Aggregate((Expression)Expression.Constant(true), (all, next) => all is ConstantExpression ? next : Expression.AndAlso(all, next));
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression == _ctx && SessionFields.Contains(node.Member.Name))
        {
            return node;
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitBlock(BlockExpression node)
    {
        _known.UnionWith(node.Variables);
        return base.VisitBlock(node);
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        _known.UnionWith(node.Parameters);
        return base.VisitLambda(node);
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        // The context read otherwise (the binding, the index, the derived facts), or a parameter from outside the filter.
        _other |= !_known.Contains(node);
        return node;
    }
}
