using System.Linq.Expressions;
using InternalControl.Kernel.Concepts;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Vocabularies;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Compilation;

/// <summary>
/// Aggregates over the pupil's subjects: `count(subject t where round(avg(mark m)) = 3)`. Policy 3 of the
/// Kazakh plan (seed 000 §5.1) asks for a pupil's result across subjects ("a single 3 in one subject"): a
/// per-subject quarter result, then a count across subjects. Inside the aggregate, mark aggregates are those
/// of the pupil in subject t (the innermost subject), so the nested aggregate reads as the deputy director
/// says it.
/// </summary>
internal sealed partial class ExpressionBinder
{
    /// <summary>The variables key of the subject a mark aggregate counts in (never a valid name: it has a space).</summary>
    private const string ScopeKey = " subject";

    /// <summary>The subject mark aggregates are scoped to: the innermost subject aggregate's, else the rule's `subject s`.</summary>
    private Expression? SubjectScope =>
        variables.TryGetValue(ScopeKey, out var scoped)
            ? scoped.Value
            : variables.Values.FirstOrDefault(v => v.Kind == ValueKind.Subject && v.Value is MemberExpression)?.Value;

    private Bound BindSubjectAggregate(AggregateSyntax syntax)
    {
        if (!variables.Values.Any(v => v.Kind == ValueKind.Pupil && v.Value is MemberExpression))
        {
            context.Error("IC1214", syntax.Span, "Rules.AggregateNeedsPupil", syntax.Type);
            return Bound.Failure(Zero, ValueKind.Number);
        }

        // The rule reads marks of every subject of the pupil: a new mark re-evaluates the whole pupil.
        context.PupilWideMarks = true;
        var subject = Expression.Variable(typeof(int), syntax.Variable);
        var variable = new Variable(syntax.Variable, ValueKind.Subject, subject);
        var inner = new Dictionary<string, Variable>(variables) { [syntax.Variable] = variable, [ScopeKey] = variable };
        var outerWitnesses = context.Witnesses.ToList();
        context.Witnesses.Clear();
        var binder = new ExpressionBinder(context, inner);
        var where = syntax.Where is null ? null : binder.BindCondition(syntax.Where);
        var projection = syntax.Projection is null ? null : binder.Bind(syntax.Projection);
        var nestedWitnesses = context.Witnesses.ToList();
        context.Witnesses.Clear();
        context.Witnesses.AddRange(outerWitnesses);

        var aggregate = syntax.Aggregate;
        if (aggregate is Kw.Sum or Kw.Avg or Kw.Min or Kw.Max)
        {
            if (projection is null)
            {
                context.Error("IC1213", syntax.Span, "Rules.SubjectAggregateNeedsValue", new ConceptName(TypeId.Subject), syntax.Variable);
                return Bound.Failure(Zero, ValueKind.Number);
            }

            if (projection.Kind != ValueKind.Number)
            {
                context.Error("IC1203", syntax.Projection!.Span, "Rules.ProjectionNotNumber", new ConceptName(aggregate), KindName(projection.Kind));
                return Bound.Failure(Zero, ValueKind.Number);
            }
        }

        Expression test = where?.Expression ?? Expression.Constant(true);
        var expression = Accumulate(aggregate, body => OverSubjects(subject, body), test, projection?.Expression);
        if (nestedWitnesses.Count > 0)
        {
            context.Witnesses.Add(SubjectWitness(subject, test, nestedWitnesses));
        }

        var canonical = $"{aggregate}(Type.Subject {syntax.Variable}{(projection is null ? "" : ": " + projection.Canonical)}{(where is null ? "" : " Kw.Where " + where.Canonical)})";
        RecordSubjectAggregate(syntax.Variable, aggregate, subject, where, projection, test, expression, canonical);
        return new Bound(expression, aggregate is Kw.Exists or Kw.None ? ValueKind.Bool : ValueKind.Number, canonical);
    }

    /// <summary>The marks the nested aggregates rest on, in every subject the aggregate's condition holds for.</summary>
    private Expression<Action<EvalContext, List<FactRef>>> SubjectWitness(ParameterExpression subject, Expression test, List<Expression<Action<EvalContext, List<FactRef>>>> nested)
    {
        var list = Expression.Parameter(typeof(List<FactRef>), "list");
        var collect = Expression.Block(nested.Select(w => (Expression)Expression.Invoke(w, Ctx, list)));
        return Expression.Lambda<Action<EvalContext, List<FactRef>>>(OverSubjects(subject, Expression.IfThen(test, collect)), Ctx, list);
    }

    /// <summary>for (i = 0; i &lt; subjects.Count; i++) { subject = subjects[i]; body } over the pupil's subjects (taught or marked).</summary>
    private Expression OverSubjects(ParameterExpression subject, Expression body)
    {
        var subjects = Expression.Variable(typeof(List<int>), "subjects");
        var i = Expression.Variable(typeof(int), "i");
        var stop = Expression.Label("subjects");
        var all = Expression.Property(Expression.Field(Ctx, nameof(EvalContext.Index)), nameof(FactIndex.PupilSubjects));
        return Expression.Block(
            [subjects, i, subject],
            Expression.Assign(subjects, Expression.ArrayIndex(all, Expression.Field(Ctx, nameof(EvalContext.Pupil)))),
            Expression.Assign(i, Expression.Constant(0)),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(i, Expression.Property(subjects, nameof(List<int>.Count))),
                    Expression.Block(
                        Expression.Assign(subject, Expression.Property(subjects, typeof(List<int>).GetProperty("Item")!, i)),
                        body,
                        Expression.PreIncrementAssign(i)),
                    Expression.Break(stop)),
                stop));
    }
}
