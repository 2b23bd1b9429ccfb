using System.Linq.Expressions;
using System.Reflection;
using InternalControl.Kernel.Schools;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Compilation;

/// <summary>
/// Finds the object and sheet a score aggregate's filter fixes: two of its top-level conjuncts compare the row's object and
/// its sheet with values that do not read the row (`y.object = x.object and y.sheet = x.sheet`). Every score the filter
/// lets through is then in that one (object, sheet) group, so a loop over the group counts what a loop over every score
/// counts, in the same order. A filter that divides is left alone: a division by 0 is reported where the expression
/// tree reaches it, and over the group it would reach fewer rows.
/// </summary>
internal static class ScoreGroupKeys
{
    private static readonly MethodInfo TextEquals = typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string)])!;

    /// <summary>The key of a score aggregate over <paramref name="row"/> with <paramref name="filter"/>, or null when it has none.</summary>
    public static ScoreGroupKey? Of(ParameterExpression row, Expression filter, Expression boundScore)
    {
        if (Reads.Any(filter, e => e is MethodCallExpression { Method.Name: nameof(Numbers.Divide) }))
        {
            return null;
        }

        Expression? objectKey = null;
        Expression? sheetKey = null;
        foreach (var conjunct in Conjuncts(filter))
        {
            if (conjunct is not MethodCallExpression call || call.Method != TextEquals)
            {
                continue;
            }

            foreach (var (field, other) in new[] { (call.Arguments[0], call.Arguments[1]), (call.Arguments[1], call.Arguments[0]) })
            {
                if (field is not MemberExpression member || member.Expression != row || Reads.Any(other, e => e == row))
                {
                    continue;
                }

                if (member.Member.Name == nameof(EvaluationScore.ObjectId))
                {
                    objectKey ??= other;
                }
                else if (member.Member.Name == nameof(EvaluationScore.Sheet))
                {
                    sheetKey ??= other;
                }
            }
        }

        return objectKey is null || sheetKey is null
            ? null
            : new ScoreGroupKey(objectKey, sheetKey, IsField(objectKey, boundScore, nameof(EvaluationScore.ObjectId)) && IsField(sheetKey, boundScore, nameof(EvaluationScore.Sheet)));
    }

    /// <summary>The conjuncts of a condition (`a and b and c`).</summary>
    private static IEnumerable<Expression> Conjuncts(Expression condition) =>
        condition is BinaryExpression { NodeType: ExpressionType.AndAlso } and ? Conjuncts(and.Left).Concat(Conjuncts(and.Right)) : [condition];

    /// <summary>`x.object` (or `x.sheet`) of the score the rule binds: the same node the binder made for `x`.</summary>
    private static bool IsField(Expression key, Expression boundScore, string field) =>
        key is MemberExpression member && member.Member.Name == field && member.Expression == boundScore;

    /// <summary>Whether any node of an expression tree satisfies a test.</summary>
    private sealed class Reads(Func<Expression, bool> test) : ExpressionVisitor
    {
        private bool _found;

        public static bool Any(Expression expression, Func<Expression, bool> test)
        {
            var visitor = new Reads(test);
            visitor.Visit(expression);
            return visitor._found;
        }

        public override Expression? Visit(Expression? node)
        {
            if (_found || node is null)
            {
                return node;
            }

            if (test(node))
            {
                _found = true;
                return node;
            }

            return base.Visit(node);
        }
    }
}
