using System.Linq.Expressions;
using InternalControl.Kernel.Schools;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Compilation;

/// <summary>Fields: `p.grade`, `g.value`, `a.excused`, `e.criterion`.</summary>
internal sealed partial class ExpressionBinder
{
    /// <summary>The fields each type has, by field concept (the schema that `ic rules schema` lists).</summary>
    public static readonly IReadOnlyDictionary<ValueKind, IReadOnlyList<(string Field, ValueKind Kind)>> Fields = new Dictionary<ValueKind, IReadOnlyList<(string, ValueKind)>>
    {
        [ValueKind.Pupil] = [("Field.Id", ValueKind.Text), ("Field.Class", ValueKind.Class), ("Field.Grade", ValueKind.Number)],
        [ValueKind.Subject] = [("Field.Id", ValueKind.Text)],
        [ValueKind.Class] = [("Field.Id", ValueKind.Text), ("Field.Grade", ValueKind.Number)],
        [ValueKind.Mark] = [("Field.Value", ValueKind.Number), ("Field.Date", ValueKind.Date), ("Field.Term", ValueKind.Number), ("Field.Kind", ValueKind.Text), ("Field.Pupil", ValueKind.Pupil), ("Field.Subject", ValueKind.Subject)],
        [ValueKind.Absence] = [("Field.Date", ValueKind.Date), ("Field.Lessons", ValueKind.Number), ("Field.Excuse", ValueKind.Text), ("Field.Excused", ValueKind.Bool), ("Field.DayInRow", ValueKind.Number), ("Field.Term", ValueKind.Number), ("Field.Pupil", ValueKind.Pupil)],
        [ValueKind.Score] = [("Field.Value", ValueKind.Number), ("Field.Date", ValueKind.Date), ("Field.Object", ValueKind.Text), ("Field.Kind", ValueKind.Text), ("Field.Sheet", ValueKind.Text), ("Field.Criterion", ValueKind.Text)],
    };

    private Bound BindMember(MemberSyntax member)
    {
        var target = Bind(member.Target);
        if (member.Target is CallSyntax && target.Kind == ValueKind.Bool && target.Expression is MethodCallExpression { Method.Name: nameof(EvalContext.FactExists) }
            && context.Vocabulary.ConceptOf(member.Field, "Field") == "Field.Value")
        {
            return new Bound(FactValue(target), ValueKind.Number, target.Canonical + ".Field.Value");
        }

        var concept = context.Vocabulary.ConceptOf(member.Field, "Field");
        var known = Fields.TryGetValue(target.Kind, out var list) ? list : [];
        var field = known.FirstOrDefault(f => f.Field == concept);
        if (concept is null || field.Field is null)
        {
            var suggestion = context.Vocabulary.Suggest(member.Field, ["Field"]).FirstOrDefault();
            if (suggestion is null)
            {
                context.Error("IC1202", member.FieldSpan, "Rules.UnknownField", member.Field, KindName(target.Kind));
            }
            else
            {
                context.Error("IC1202", member.FieldSpan, "Rules.UnknownFieldDidYouMean", member.Field, KindName(target.Kind), suggestion);
            }

            return new Bound(Zero, ValueKind.Number, "?");
        }

        var expression = Access(target, field.Field, member.Target);
        return new Bound(expression, field.Kind, $"{target.Canonical}.{field.Field}");
    }

    private Expression Access(Bound target, string field, ExpressionSyntax targetSyntax)
    {
        var subject = targetSyntax is NameSyntax name && variables.TryGetValue(name.Name, out var variable) ? variable.Subject : null;
        var e = target.Expression;
        return (target.Kind, field) switch
        {
            (ValueKind.Pupil, "Field.Id") => Expression.Call(Ctx, nameof(EvalContext.PupilId), null, e),
            (ValueKind.Pupil, "Field.Class") => Expression.Call(Ctx, nameof(EvalContext.ClassOf), null, e),
            (ValueKind.Pupil, "Field.Grade") => Expression.Call(Ctx, nameof(EvalContext.Grade), null, Expression.Call(Ctx, nameof(EvalContext.ClassOf), null, e)),
            (ValueKind.Subject, "Field.Id") => Expression.Call(Ctx, nameof(EvalContext.SubjectId), null, e),
            (ValueKind.Class, "Field.Id") => Expression.Call(Ctx, nameof(EvalContext.ClassId), null, e),
            (ValueKind.Class, "Field.Grade") => Expression.Call(Ctx, nameof(EvalContext.Grade), null, e),
            (ValueKind.Mark, "Field.Value") => Expression.Convert(Expression.Field(e, nameof(MarkRow.Value)), typeof(double)),
            (ValueKind.Mark, "Field.Date") => Expression.Field(e, nameof(MarkRow.Day)),
            (ValueKind.Mark, "Field.Term") => Expression.Convert(Expression.Field(e, nameof(MarkRow.Term)), typeof(double)),
            (ValueKind.Mark, "Field.Kind") => Expression.ArrayIndex(Expression.Field(null, typeof(EvalContext), nameof(EvalContext.KindCodes)), Expression.Field(e, nameof(MarkRow.Kind))),
            (ValueKind.Mark or ValueKind.Absence, "Field.Pupil") => Expression.Field(Ctx, nameof(EvalContext.Pupil)),
            (ValueKind.Mark, "Field.Subject") => subject ?? Expression.Field(Ctx, nameof(EvalContext.Subject)),
            (ValueKind.Absence, "Field.Date") => Expression.Field(e, nameof(AbsenceRow.Day)),
            (ValueKind.Absence, "Field.Lessons") => Expression.Convert(Expression.Field(e, nameof(AbsenceRow.Lessons)), typeof(double)),
            (ValueKind.Absence, "Field.Excuse") => Expression.ArrayIndex(Expression.Field(null, typeof(EvalContext), nameof(EvalContext.ExcuseCodes)), Expression.Field(e, nameof(AbsenceRow.Excuse))),
            (ValueKind.Absence, "Field.Excused") => Expression.NotEqual(Expression.Field(e, nameof(AbsenceRow.Excuse)), Expression.Constant((int)AbsenceExcuse.None)),
            (ValueKind.Absence, "Field.DayInRow") => Expression.Convert(Expression.Field(e, nameof(AbsenceRow.DayInRow)), typeof(double)),
            (ValueKind.Absence, "Field.Term") => Expression.Convert(Expression.Field(e, nameof(AbsenceRow.Term)), typeof(double)),
            (ValueKind.Score, "Field.Value") => Expression.Convert(Expression.Property(e, nameof(EvaluationScore.Score)), typeof(double)),
            (ValueKind.Score, "Field.Date") => Expression.Property(Expression.Property(e, nameof(EvaluationScore.Date)), nameof(DateOnly.DayNumber)),
            (ValueKind.Score, "Field.Object") => Expression.Property(e, nameof(EvaluationScore.ObjectId)),
            (ValueKind.Score, "Field.Kind") => Expression.Property(e, nameof(EvaluationScore.ObjectKind)),
            (ValueKind.Score, "Field.Sheet") => Expression.Property(e, nameof(EvaluationScore.Sheet)),
            (ValueKind.Score, "Field.Criterion") => Expression.Property(e, nameof(EvaluationScore.Criterion)),
            _ => throw new InvalidOperationException($"Field {field} of {target.Kind} is listed but not compiled."),
        };
    }
}
