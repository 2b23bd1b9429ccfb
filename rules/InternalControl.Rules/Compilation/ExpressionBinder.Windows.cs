using System.Linq.Expressions;
using InternalControl.Kernel.Concepts;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Vocabularies;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Compilation;

/// <summary>
/// Counting windows of aggregates over marks and absences: `in current_term` (the default), `in current_half_year`
/// (quarters 1-2 or 3-4, the one that holds now), `in current_year` (the school year of the calendar, up to now) and
/// `in last_school_days(N)` (the last N school days of the school's calendar up to now, now included when it is one).
/// A fact dated after now never counts.
/// </summary>
internal sealed partial class ExpressionBinder
{
    private Expression WindowOf(AggregateSyntax syntax, ValueKind kind, ParameterExpression row)
    {
        if (syntax.Window is null || syntax.Window.Concept == Kw.CurrentTerm)
        {
            return Window(kind, row);
        }

        if (kind == ValueKind.Score)
        {
            RefuseWindow(syntax);
            return Window(kind, row);
        }

        var day = Expression.PropertyOrField(row, kind == ValueKind.Mark ? nameof(MarkRow.Day) : nameof(AbsenceRow.Day));
        var term = Expression.PropertyOrField(row, kind == ValueKind.Mark ? nameof(MarkRow.Term) : nameof(AbsenceRow.Term));
        var current = Expression.Field(Ctx, nameof(EvalContext.CurrentTerm));
        var zero = Expression.Constant(0);
        var upToNow = Expression.LessThanOrEqual(day, Expression.Field(Ctx, nameof(EvalContext.NowDay)));
        var inYear = Expression.AndAlso(Expression.GreaterThan(term, zero), Expression.GreaterThan(current, zero));
        switch (syntax.Window.Concept)
        {
            case Kw.CurrentHalfYear:
                var half = (Expression t) => Expression.Divide(Expression.Add(t, Expression.Constant(1)), Expression.Constant(2));
                return Expression.AndAlso(upToNow, Expression.AndAlso(inYear, Expression.Equal(half(term), half(current))));
            case Kw.CurrentYear:
                return Expression.AndAlso(upToNow, inYear);
            default:
                var days = Bind(syntax.Window.Days!);
                if (days.Kind != ValueKind.Number)
                {
                    context.Error("IC1711", syntax.Window.Days!.Span, "Rules.Window.DaysNotNumber", new ConceptName(Kw.LastSchoolDays), KindName(days.Kind));
                    return Expression.Constant(false);
                }

                if (days.Expression is ConstantExpression { Value: double n } && (n < 1 || n != Math.Floor(n)))
                {
                    context.Error("IC1711", syntax.Window.Days!.Span, "Rules.Window.Days", n);
                    return Expression.Constant(false);
                }

                var first = Expression.Call(typeof(SchoolDayWindow), nameof(SchoolDayWindow.FirstDay), null, Ctx, days.Expression);
                return Expression.AndAlso(upToNow, Expression.GreaterThanOrEqual(day, first));
        }
    }

    /// <summary>Records the written window of the aggregate just recorded into the rule model.</summary>
    private void RecordWindow(AggregateSyntax syntax)
    {
        var window = syntax.Window?.Concept switch
        {
            Kw.CurrentHalfYear => CountingWindow.CurrentHalfYear,
            Kw.CurrentYear => CountingWindow.CurrentYear,
            Kw.LastSchoolDays => CountingWindow.LastSchoolDays,
            _ => (CountingWindow?)null,
        };
        if (window is { } written && context.Aggregates.Count > 0 && context.Aggregates[^1].Over != FactType.Score)
        {
            context.Aggregates[^1] = context.Aggregates[^1] with { Window = written };
        }
    }

    private void RefuseWindow(AggregateSyntax syntax)
    {
        if (syntax.Window is { } window && window.Concept != Kw.CurrentTerm)
        {
            context.Error("IC1710", window.Span, "Rules.Window.NotHere", new ConceptName(window.Concept), syntax.Type);
        }
    }
}
