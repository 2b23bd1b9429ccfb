using System.Linq.Expressions;

namespace InternalControl.Rules.Rete;

/// <summary>
/// Whether an expression tree reads no parameter but those given, besides what it declares itself (the variables of its
/// blocks, the parameters of its lambdas): a mark aggregate's filter over every subject of the pupil reads the loop's
/// subject, which an aggregate element, given only the context and the row, cannot supply.
/// </summary>
internal sealed class FreeParameters : ExpressionVisitor
{
    private readonly HashSet<ParameterExpression> _known;
    private bool _free;

    private FreeParameters(IEnumerable<ParameterExpression> known) => _known = [.. known];

    /// <summary>True when <paramref name="expression"/> (null reads nothing) reads only <paramref name="allowed"/> and what it declares.</summary>
    public static bool Within(Expression? expression, params ParameterExpression[] allowed)
    {
        if (expression is null)
        {
            return true;
        }

        var visitor = new FreeParameters(allowed);
        visitor.Visit(expression);
        return !visitor._free;
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

    protected override CatchBlock VisitCatchBlock(CatchBlock node)
    {
        if (node.Variable is { } variable)
        {
            _known.Add(variable);
        }

        return base.VisitCatchBlock(node);
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        _free |= !_known.Contains(node);
        return node;
    }
}
