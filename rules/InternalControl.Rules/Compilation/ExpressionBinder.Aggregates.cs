using System.Linq.Expressions;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Schools;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Vocabularies;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Compilation;

/// <summary>
/// Aggregates compile to tight loops over the pre-grouped arrays of <see cref="FactIndex"/>: marks of the
/// bound pupil and subject (or of every subject of the pupil), absences of the pupil, or all scores. The
/// counting window is implicit: a fact dated after now does not exist yet, and marks and absences count in
/// the current quarter as of now (the regulation leaves the window open; 5.7 reads "this term").
/// </summary>
internal sealed partial class ExpressionBinder
{
    private Bound BindAggregate(AggregateSyntax syntax)
    {
        var type = context.Vocabulary.ConceptOf(syntax.Type, "Type");
        if (type == TypeId.Subject)
        {
            RefuseWindow(syntax);
            return BindSubjectAggregate(syntax);
        }

        var kind = type switch
        {
            TypeId.Mark => ValueKind.Mark,
            TypeId.Absence => ValueKind.Absence,
            TypeId.Score => ValueKind.Score,
            _ => (ValueKind?)null,
        };
        if (kind is null)
        {
            context.Error("IC1205", syntax.TypeSpan, "Rules.AggregateType", syntax.Type);
            return Bound.Failure(Zero, ValueKind.Number);
        }

        var needsPupil = kind is ValueKind.Mark or ValueKind.Absence;
        var pupil = variables.Values.FirstOrDefault(v => v.Kind == ValueKind.Pupil && v.Value is MemberExpression);
        if (needsPupil && pupil is null)
        {
            context.Error("IC1214", syntax.Span, "Rules.AggregateNeedsPupil", syntax.Type);
            return Bound.Failure(Zero, ValueKind.Number);
        }

        var subject = SubjectScope;
        var subjectBound = subject is not null;
        context.PupilWideMarks |= kind == ValueKind.Mark && !subjectBound;
        var rowType = kind switch
        {
            ValueKind.Mark => typeof(MarkRow),
            ValueKind.Absence => typeof(AbsenceRow),
            _ => typeof(EvaluationScore),
        };
        var row = Expression.Variable(rowType, syntax.Variable);
        var subjectLoop = Expression.Variable(typeof(int), "k");
        var inner = new Dictionary<string, Variable>(variables)
        {
            [syntax.Variable] = new Variable(syntax.Variable, kind.Value, row, kind == ValueKind.Mark ? subject ?? subjectLoop : null),
        };
        var binder = new ExpressionBinder(context, inner);
        var where = syntax.Where is null ? null : binder.BindCondition(syntax.Where);
        var projection = syntax.Projection is null ? null : binder.Bind(syntax.Projection);
        var aggregate = syntax.Aggregate;
        if (aggregate is Kw.Sum or Kw.Avg or Kw.Min or Kw.Max)
        {
            if (projection is null && kind != ValueKind.Mark && kind != ValueKind.Score)
            {
                // An absence has no value of its own: the example (`absence a: a.lessons`) is in the reader's words.
                var number = Fields[kind.Value].First(f => f.Kind == ValueKind.Number).Field;
                context.Error("IC1213", syntax.Span, "Rules.AggregateNeedsValue", new ConceptName(type!), syntax.Variable, new ConceptName(number));
                return Bound.Failure(Zero, ValueKind.Number);
            }

            projection ??= binder.Bind(new MemberSyntax(syntax.Span, new NameSyntax(syntax.Span, syntax.Variable, null), context.Vocabulary.Word(FieldId.Value, InternalControl.Localization.Language.En), syntax.Span));
            if (projection.Kind != ValueKind.Number)
            {
                context.Error("IC1203", syntax.Projection!.Span, "Rules.ProjectionNotNumber", new ConceptName(aggregate), KindName(projection.Kind));
                return Bound.Failure(Zero, ValueKind.Number);
            }
        }

        var window = WindowOf(syntax, kind.Value, row);
        Expression test = where is null ? window : Expression.AndAlso(window, where.Expression);
        var canonical = $"{aggregate}(Type.{kind} {syntax.Variable}{(projection is null ? "" : ": " + projection.Canonical)}{(where is null ? "" : " Kw.Where " + where.Canonical)})";
        // §3 matrix: a score aggregate whose filter fixes the object and sheet reads that group only.
        var key = kind == ValueKind.Score ? ScoreGroupKeys.Of(row, test, BoundScore) : null;
        var expression = Accumulate(aggregate, body => key is null ? Loops(kind.Value, row, subjectLoop, subject, body) : OverScores(key, row, body), test, projection?.Expression);
        RecordAggregate(kind.Value, syntax.Variable, aggregate, subjectBound, row, where, projection, test, expression, canonical, key);
        RecordWindow(syntax);
        if (kind is ValueKind.Mark or ValueKind.Absence)
        {
            context.Witnesses.Add(Witness(kind.Value, row, subjectLoop, subject, test));
        }

        return new Bound(expression, aggregate is Kw.Exists or Kw.None ? ValueKind.Bool : ValueKind.Number, canonical);
    }

    private Expression Window(ValueKind kind, ParameterExpression row)
    {
        if (kind == ValueKind.Score)
        {
            return Expression.LessThanOrEqual(Expression.Property(Expression.Property(row, nameof(EvaluationScore.Date)), nameof(DateOnly.DayNumber)), Expression.Field(Ctx, nameof(EvalContext.NowDay)));
        }

        var day = Expression.PropertyOrField(row, kind == ValueKind.Mark ? nameof(MarkRow.Day) : nameof(AbsenceRow.Day));
        var term = Expression.PropertyOrField(row, kind == ValueKind.Mark ? nameof(MarkRow.Term) : nameof(AbsenceRow.Term));
        return Expression.AndAlso(
            Expression.LessThanOrEqual(day, Expression.Field(Ctx, nameof(EvalContext.NowDay))),
            Expression.Equal(term, Expression.Field(Ctx, nameof(EvalContext.CurrentTerm))));
    }

    private static Expression Accumulate(string aggregate, Func<Expression, Expression> loops, Expression test, Expression? value)
    {
        var count = Expression.Variable(typeof(int), "count");
        var acc = Expression.Variable(typeof(double), "acc");
        Expression onMatch = aggregate switch
        {
            // No early exit for exists/none: a jump out of a loop inside an and/or operand miscompiles
            // (the operand's stack is spilled), and the groups are a dozen rows.
            Kw.Exists or Kw.None or Kw.Count => Expression.PreIncrementAssign(count),
            Kw.Sum or Kw.Avg => Expression.Block(Expression.PreIncrementAssign(count), Expression.AddAssign(acc, value!)),
            Kw.Min => Expression.Block(Expression.PreIncrementAssign(count), Expression.Assign(acc, Expression.Call(typeof(Math), nameof(Math.Min), null, acc, value!))),
            _ => Expression.Block(Expression.PreIncrementAssign(count), Expression.Assign(acc, Expression.Call(typeof(Math), nameof(Math.Max), null, acc, value!))),
        };
        var loop = loops(Expression.IfThen(test, onMatch));
        var initial = aggregate switch
        {
            Kw.Min => double.PositiveInfinity,
            Kw.Max => double.NegativeInfinity,
            _ => 0d,
        };
        Expression result = aggregate switch
        {
            Kw.Exists => Expression.GreaterThan(count, Expression.Constant(0)),
            Kw.None => Expression.Equal(count, Expression.Constant(0)),
            Kw.Count => Expression.Convert(count, typeof(double)),
            Kw.Sum => acc,
            Kw.Avg => Expression.Condition(Expression.Equal(count, Expression.Constant(0)), Expression.Constant(double.NaN), Expression.Divide(acc, Expression.Convert(count, typeof(double)))),
            _ => Expression.Condition(Expression.Equal(count, Expression.Constant(0)), Expression.Constant(double.NaN), acc),
        };
        return Expression.Block(
            result.Type,
            [count, acc],
            Expression.Assign(count, Expression.Constant(0)),
            Expression.Assign(acc, Expression.Constant(initial)),
            loop,
            result);
    }

    private Expression<Action<EvalContext, List<FactRef>>> Witness(ValueKind kind, ParameterExpression row, ParameterExpression subjectLoop, Expression? scope, Expression test)
    {
        var list = Expression.Parameter(typeof(List<FactRef>), "list");
        var subject = kind == ValueKind.Mark ? scope ?? subjectLoop : Expression.Constant(-1);
        var make = kind == ValueKind.Mark
            ? Expression.Call(typeof(Witnesses), nameof(Witnesses.Mark), null, Ctx, row, subject)
            : Expression.Call(typeof(Witnesses), nameof(Witnesses.Absence), null, row);
        var body = Loops(kind, row, subjectLoop, scope, Expression.IfThen(test, Expression.Call(list, nameof(List<FactRef>.Add), null, make)));
        return Expression.Lambda<Action<EvalContext, List<FactRef>>>(body, Ctx, list);
    }

    private Expression Loops(ValueKind kind, ParameterExpression row, ParameterExpression subjectLoop, Expression? scope, Expression body)
    {
        var index = Expression.Field(Ctx, nameof(EvalContext.Index));
        var pupil = Expression.Field(Ctx, nameof(EvalContext.Pupil));
        switch (kind)
        {
            case ValueKind.Mark:
                var block = Expression.Variable(typeof(PupilMarks), "block");
                var starts = Expression.Field(block, nameof(PupilMarks.Start));
                if (scope is { } subject)
                {
                    return Expression.Block(
                        [block],
                        Expression.Assign(block, Expression.ArrayIndex(Expression.Property(index, nameof(FactIndex.Marks)), pupil)),
                        OverRange<MarkRow>(Expression.Field(block, nameof(PupilMarks.Rows)), Expression.ArrayIndex(starts, subject), Expression.ArrayIndex(starts, Expression.Increment(subject)), row, body));
                }

                var end = Expression.Label("subjects");
                return Expression.Block(
                    [block, subjectLoop],
                    Expression.Assign(block, Expression.ArrayIndex(Expression.Property(index, nameof(FactIndex.Marks)), pupil)),
                    Expression.Assign(subjectLoop, Expression.Constant(0)),
                    Expression.Loop(
                        Expression.IfThenElse(
                            Expression.LessThan(subjectLoop, Expression.Decrement(Expression.ArrayLength(starts))),
                            Expression.Block(
                                OverRange<MarkRow>(Expression.Field(block, nameof(PupilMarks.Rows)), Expression.ArrayIndex(starts, subjectLoop), Expression.ArrayIndex(starts, Expression.Increment(subjectLoop)), row, body),
                                Expression.PreIncrementAssign(subjectLoop)),
                            Expression.Break(end)),
                        end));
            case ValueKind.Absence:
                return OverGroup<AbsenceRow>(Expression.ArrayIndex(Expression.Property(index, nameof(FactIndex.Absences)), pupil), row, body);
            default:
                return OverScoreArray(Expression.Property(index, nameof(FactIndex.Scores)), row, body);
        }
    }

    /// <summary>The score the rule binds (`score x`), the node every `x.field` reads; a never-matching node when it binds none.</summary>
    private Expression BoundScore =>
        variables.Values.FirstOrDefault(v => v.Kind == ValueKind.Score && v.Value is not ParameterExpression)?.Value ?? Expression.Empty();

    /// <summary>The scores of the key's object and sheet (<see cref="FactIndex.ScoresOf"/>): row = group[i]; body.</summary>
    private Expression OverScores(ScoreGroupKey key, ParameterExpression row, Expression body) =>
        OverScoreArray(Expression.Call(Expression.Field(Ctx, nameof(EvalContext.Index)), nameof(FactIndex.ScoresOf), null, key.Object, key.Sheet), row, body);

    /// <summary>for (i = 0; i &lt; scores.Length; i++) { row = scores[i]; body }, with the array read once.</summary>
    private static Expression OverScoreArray(Expression scores, ParameterExpression row, Expression body)
    {
        var all = Expression.Variable(typeof(EvaluationScore[]), "scores");
        var i = Expression.Variable(typeof(int), "i");
        var stop = Expression.Label("scores");
        return Expression.Block(
            [all, i, row],
            Expression.Assign(all, scores),
            Expression.Assign(i, Expression.Constant(0)),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(i, Expression.ArrayLength(all)),
                    Expression.Block(Expression.Assign(row, Expression.ArrayIndex(all, i)), body, Expression.PreIncrementAssign(i)),
                    Expression.Break(stop)),
                stop));
    }

    /// <summary>for (i = from; i &lt; to; i++) { row = rows[i]; body }.</summary>
    private static Expression OverRange<T>(Expression rowsExpression, Expression from, Expression to, ParameterExpression row, Expression body)
        where T : struct
    {
        var rows = Expression.Variable(typeof(T[]), "rows");
        var limit = Expression.Variable(typeof(int), "to");
        var i = Expression.Variable(typeof(int), "i");
        var stop = Expression.Label("end");
        return Expression.Block(
            [rows, limit, i, row],
            Expression.Assign(rows, rowsExpression),
            Expression.Assign(i, from),
            Expression.Assign(limit, to),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(i, limit),
                    Expression.Block(Expression.Assign(row, Expression.ArrayIndex(rows, i)), body, Expression.PreIncrementAssign(i)),
                    Expression.Break(stop)),
                stop));
    }

    /// <summary>for (i = 0; i &lt; group.Count; i++) { row = group.Items[i]; body }, skipped when the group is null.</summary>
    private static Expression OverGroup<T>(Expression groupExpression, ParameterExpression row, Expression body)
        where T : struct
    {
        var group = Expression.Variable(typeof(FactGroup<T>), "group");
        var items = Expression.Variable(typeof(T[]), "items");
        var count = Expression.Variable(typeof(int), "n");
        var i = Expression.Variable(typeof(int), "i");
        var stop = Expression.Label("end");
        return Expression.Block(
            [group, items, count, i, row],
            Expression.Assign(group, groupExpression),
            Expression.IfThen(
                Expression.NotEqual(group, Expression.Constant(null, typeof(FactGroup<T>))),
                Expression.Block(
                    Expression.Assign(items, Expression.Field(group, nameof(FactGroup<T>.Items))),
                    Expression.Assign(count, Expression.Field(group, nameof(FactGroup<T>.Count))),
                    Expression.Assign(i, Expression.Constant(0)),
                    Expression.Loop(
                        Expression.IfThenElse(
                            Expression.LessThan(i, count),
                            Expression.Block(Expression.Assign(row, Expression.ArrayIndex(items, i)), body, Expression.PreIncrementAssign(i)),
                            Expression.Break(stop)),
                        stop))));
    }
}
