using System.Linq.Expressions;

namespace InternalControl.Rules.Tables;

/// <summary>
/// Whether a bound table cell reads anything but its own column: a value the rule's run supplies (<c>now</c>, a fact),
/// which a table, a function of its inputs alone, does not have.
/// </summary>
internal sealed class RunValueFinder : ExpressionVisitor
{
    private readonly HashSet<ParameterExpression> _own;

    private RunValueFinder(ParameterExpression column) => _own = [column];

    private bool Found { get; set; }

    /// <summary>Whether <paramref name="cell"/> reads a parameter other than <paramref name="column"/> (or those of its own lambdas).</summary>
    public static bool ReadsRunValues(Expression cell, ParameterExpression column)
    {
        var finder = new RunValueFinder(column);
        finder.Visit(cell);
        return finder.Found;
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        _own.UnionWith(node.Parameters);
        return base.VisitLambda(node);
    }

    protected override Expression VisitBlock(BlockExpression node)
    {
        _own.UnionWith(node.Variables);
        return base.VisitBlock(node);
    }

    protected override CatchBlock VisitCatchBlock(CatchBlock node)
    {
        if (node.Variable is not null)
        {
            _own.Add(node.Variable);
        }

        return base.VisitCatchBlock(node);
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        Found |= !_own.Contains(node);
        return node;
    }
}
