using System.Linq.Expressions;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Rete;

/// <summary>
/// The conjuncts of an aggregate's filter that read only the row and the session's date (<see cref="EvalContext.NowDay"/>,
/// <see cref="EvalContext.CurrentTerm"/>, <see cref="EvalContext.Now"/>), not the binding: the window, and tests such as
/// `g.value = 2`. A row for which they fail is counted for no binding, so working memory need not hold it. Each read of a
/// session field stands in for a parameter of its own, and <see cref="FreeParameters"/> says whether the conjunct reads
/// anything else.
/// </summary>
internal sealed class RowConjuncts(ParameterExpression ctx) : ExpressionVisitor
{
    private static readonly HashSet<string> SessionFields = [nameof(EvalContext.NowDay), nameof(EvalContext.CurrentTerm), nameof(EvalContext.Now)];

    private readonly List<ParameterExpression> _session = [];

    /// <summary>The filter's conjuncts that read only <paramref name="row"/> and the session's date through <paramref name="ctx"/>, as one test (true when none does).</summary>
    public static Expression Of(Expression filter, ParameterExpression ctx, ParameterExpression row)
    {
        var kept = AggregateElements.Conjuncts(filter).Where(conjunct =>
        {
            var visitor = new RowConjuncts(ctx);
            var rewritten = visitor.Visit(conjunct);
            return FreeParameters.Within(rewritten, [row, .. visitor._session]);
        });
        return kept.Aggregate((Expression)Expression.Constant(true), (all, next) => all is ConstantExpression ? next : Expression.AndAlso(all, next));
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression != ctx || !SessionFields.Contains(node.Member.Name))
        {
            return base.VisitMember(node);
        }

        var field = Expression.Parameter(node.Type, node.Member.Name);
        _session.Add(field);
        return field;
    }
}
