using System.Linq.Expressions;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Compilation;

/// <summary>
/// A division by 0 inside an action (`set share = x / y`, `assert f(p) = x / y`, `start "w" for x / y`) behaves as one in
/// the condition (IC1251): the values the actions compute are also computed at the end of the rule's guarded condition,
/// so a divisor that is 0 stops that binding and is reported, on both engines alike, instead of a NaN reaching a decision.
/// </summary>
internal static class ActionDivisions
{
    /// <summary>The condition, followed (when an action's value divides) by computing those values for their division check.</summary>
    public static Expression Check(Expression condition, IReadOnlyList<Expression> actionValues)
    {
        var dividing = actionValues.Where(Divides).ToList();
        if (dividing.Count == 0)
        {
            return condition;
        }

        var computed = Expression.Block(typeof(bool), dividing.Append(Expression.Constant(true)));
        return condition is ConstantExpression { Value: true } ? computed : Expression.AndAlso(condition, computed);
    }

    private static bool Divides(Expression expression)
    {
        var finder = new Finder();
        finder.Visit(expression);
        return finder.Found;
    }

    private sealed class Finder : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            Found |= node.Method.DeclaringType == typeof(Numbers) && node.Method.Name == nameof(Numbers.Divide);
            return base.VisitMethodCall(node);
        }
    }
}
