using System.Linq.Expressions;
using InternalControl.Kernel.Concepts;
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
        [ValueKind.Pupil] = [(FieldId.Id, ValueKind.Text), (FieldId.Class, ValueKind.Class), (FieldId.Grade, ValueKind.Number), (FieldId.Marked, ValueKind.Text)],
        [ValueKind.Subject] = [(FieldId.Id, ValueKind.Text)],
        [ValueKind.Class] = [(FieldId.Id, ValueKind.Text), (FieldId.Grade, ValueKind.Number), (FieldId.Marked, ValueKind.Text)],
        [ValueKind.Mark] = [(FieldId.Value, ValueKind.Number), (FieldId.MaxPoints, ValueKind.Number), (FieldId.Percent, ValueKind.Number), (FieldId.Date, ValueKind.Date), (FieldId.Term, ValueKind.Number), (FieldId.Kind, ValueKind.Text), (FieldId.Pupil, ValueKind.Pupil), (FieldId.Subject, ValueKind.Subject)],
        [ValueKind.Absence] = [(FieldId.Date, ValueKind.Date), (FieldId.Lessons, ValueKind.Number), (FieldId.Excuse, ValueKind.Text), (FieldId.Excused, ValueKind.Bool), (FieldId.Documented, ValueKind.Bool), (FieldId.DayInRow, ValueKind.Number), (FieldId.Term, ValueKind.Number), (FieldId.Pupil, ValueKind.Pupil)],
        [ValueKind.Score] = [(FieldId.Value, ValueKind.Number), (FieldId.Date, ValueKind.Date), (FieldId.Object, ValueKind.Text), (FieldId.Kind, ValueKind.Text), (FieldId.Sheet, ValueKind.Text), (FieldId.Criterion, ValueKind.Text)],
        [ValueKind.Teacher] = [(FieldId.Id, ValueKind.Text), (FieldId.Category, ValueKind.Text), (FieldId.Attested, ValueKind.Date), (FieldId.Trained, ValueKind.Date), (FieldId.Manager, ValueKind.Bool)],
    };

    private Bound BindMember(MemberSyntax member)
    {
        if (TryBindTableOutput(member) is { } output)
        {
            return output;
        }

        var target = Bind(member.Target);
        if (target.Failed)
        {
            return target;
        }

        if (member.Target is CallSyntax && target.Kind == ValueKind.Bool && target.Expression is MethodCallExpression { Method.Name: nameof(EvalContext.FactExists) }
            && context.Vocabulary.ConceptOf(member.Field, "Field") == FieldId.Value)
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

            return Bound.Failure(Zero, ValueKind.Number);
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
            (ValueKind.Pupil, FieldId.Id) => Expression.Call(Ctx, nameof(EvalContext.PupilId), null, e),
            (ValueKind.Pupil, FieldId.Class) => Expression.Call(Ctx, nameof(EvalContext.ClassOf), null, e),
            (ValueKind.Pupil, FieldId.Grade) => Expression.Call(Ctx, nameof(EvalContext.Grade), null, Expression.Call(Ctx, nameof(EvalContext.ClassOf), null, e)),
            (ValueKind.Subject, FieldId.Id) => Expression.Call(Ctx, nameof(EvalContext.SubjectId), null, e),
            (ValueKind.Class, FieldId.Id) => Expression.Call(Ctx, nameof(EvalContext.ClassId), null, e),
            (ValueKind.Class, FieldId.Grade) => Expression.Call(Ctx, nameof(EvalContext.Grade), null, e),
            (ValueKind.Pupil, FieldId.Marked) => Expression.Call(Ctx, nameof(EvalContext.Marked), null, Expression.Call(Ctx, nameof(EvalContext.ClassOf), null, e)),
            (ValueKind.Class, FieldId.Marked) => Expression.Call(Ctx, nameof(EvalContext.Marked), null, e),
            (ValueKind.Mark, FieldId.Value) => Expression.Convert(Expression.Property(e, nameof(MarkRow.Value)), typeof(double)),
            (ValueKind.Mark, FieldId.MaxPoints) => Expression.Convert(Expression.Property(e, nameof(MarkRow.Max)), typeof(double)),
            (ValueKind.Mark, FieldId.Percent) => Expression.Divide(
                Expression.Multiply(Expression.Convert(Expression.Property(e, nameof(MarkRow.Value)), typeof(double)), Expression.Constant(100d)),
                Expression.Convert(Expression.Property(e, nameof(MarkRow.Max)), typeof(double))),
            (ValueKind.Mark, FieldId.Date) => Expression.Property(e, nameof(MarkRow.Day)),
            (ValueKind.Mark, FieldId.Term) => Expression.Convert(Expression.Property(e, nameof(MarkRow.Term)), typeof(double)),
            (ValueKind.Mark, FieldId.Kind) => Expression.ArrayIndex(Expression.Field(null, typeof(EvalContext), nameof(EvalContext.KindCodes)), Expression.Property(e, nameof(MarkRow.Kind))),
            (ValueKind.Mark or ValueKind.Absence, FieldId.Pupil) => Expression.Field(Ctx, nameof(EvalContext.Pupil)),
            (ValueKind.Mark, FieldId.Subject) => subject ?? Expression.Field(Ctx, nameof(EvalContext.Subject)),
            (ValueKind.Absence, FieldId.Date) => Expression.Field(e, nameof(AbsenceRow.Day)),
            (ValueKind.Absence, FieldId.Lessons) => Expression.Convert(Expression.Field(e, nameof(AbsenceRow.Lessons)), typeof(double)),
            (ValueKind.Absence, FieldId.Excuse) => Expression.ArrayIndex(Expression.Field(null, typeof(EvalContext), nameof(EvalContext.ExcuseCodes)), Expression.Field(e, nameof(AbsenceRow.Excuse))),
            (ValueKind.Absence, FieldId.Excused) => Expression.NotEqual(Expression.Field(e, nameof(AbsenceRow.Excuse)), Expression.Constant((int)AbsenceExcuse.None)),
            (ValueKind.Absence, FieldId.Documented) => Expression.Field(e, nameof(AbsenceRow.Documented)),
            (ValueKind.Absence, FieldId.DayInRow) => Expression.Convert(Expression.Field(e, nameof(AbsenceRow.DayInRow)), typeof(double)),
            (ValueKind.Absence, FieldId.Term) => Expression.Convert(Expression.Field(e, nameof(AbsenceRow.Term)), typeof(double)),
            (ValueKind.Score, FieldId.Value) => Expression.Convert(Expression.Property(e, nameof(EvaluationScore.Score)), typeof(double)),
            (ValueKind.Score, FieldId.Date) => Expression.Property(Expression.Property(e, nameof(EvaluationScore.Date)), nameof(DateOnly.DayNumber)),
            (ValueKind.Score, FieldId.Object) => Expression.Property(e, nameof(EvaluationScore.ObjectId)),
            (ValueKind.Score, FieldId.Kind) => Expression.Property(e, nameof(EvaluationScore.ObjectKind)),
            (ValueKind.Score, FieldId.Sheet) => Expression.Property(e, nameof(EvaluationScore.Sheet)),
            (ValueKind.Score, FieldId.Criterion) => Expression.Property(e, nameof(EvaluationScore.Criterion)),
            (ValueKind.Teacher, FieldId.Id) => Expression.Field(e, nameof(TeacherRow.Id)),
            (ValueKind.Teacher, FieldId.Category) => Expression.Field(e, nameof(TeacherRow.Category)),
            (ValueKind.Teacher, FieldId.Attested) => Expression.Field(e, nameof(TeacherRow.Attested)),
            (ValueKind.Teacher, FieldId.Trained) => Expression.Field(e, nameof(TeacherRow.Trained)),
            (ValueKind.Teacher, FieldId.Manager) => Expression.Field(e, nameof(TeacherRow.Manager)),
            _ => throw new InvalidOperationException($"Field {field} of {target.Kind} is listed but not compiled."),
        };
    }
}
