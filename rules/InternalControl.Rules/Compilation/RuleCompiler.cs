using System.Globalization;
using System.Linq.Expressions;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Text;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Compilation;

/// <summary>Turns one rule's syntax into a <see cref="CompiledRule"/>: scope from its patterns, one condition delegate, compiled actions.</summary>
internal static class RuleCompiler
{
    public static (CompiledRule Rule, RuleInfo Info)? Compile(RuleSyntax syntax, BindContext context)
    {
        var errors = context.Diagnostics.Count;
        context.FactsRead.Clear();
        context.Witnesses.Clear();
        context.PupilWideMarks = false;
        context.Divides = false;
        var ctx = context.Ctx;
        var variables = new Dictionary<string, Variable>(StringComparer.Ordinal);
        var canonical = new List<string>();
        foreach (var pattern in syntax.When.OfType<PatternSyntax>())
        {
            var type = context.Vocabulary.ConceptOf(pattern.Type, "Type");
            Variable? variable = type switch
            {
                TypeId.Pupil => new Variable(pattern.Variable, ValueKind.Pupil, Expression.Field(ctx, nameof(EvalContext.Pupil))),
                TypeId.Subject => new Variable(pattern.Variable, ValueKind.Subject, Expression.Field(ctx, nameof(EvalContext.Subject))),
                TypeId.Class => new Variable(pattern.Variable, ValueKind.Class, Expression.Field(ctx, nameof(EvalContext.Class))),
                TypeId.Score => new Variable(pattern.Variable, ValueKind.Score, Expression.ArrayIndex(Expression.Property(Expression.Field(ctx, nameof(EvalContext.Index)), nameof(FactIndex.Scores)), Expression.Field(ctx, nameof(EvalContext.Score)))),
                _ => null,
            };
            if (variable is null)
            {
                context.Error("IC1206", pattern.Span, "Rules.PatternNotAllowed", pattern.Type);
                continue;
            }

            if (variables.ContainsKey(pattern.Variable) || variables.Values.Any(v => v.Kind == variable.Kind))
            {
                context.Error("IC1212", pattern.Span, "Rules.DuplicateVariable", pattern.Variable);
                continue;
            }

            variables[pattern.Variable] = variable;
            canonical.Add($"{type} {pattern.Variable}");
        }

        var kinds = variables.Values.Select(v => v.Kind).ToHashSet();
        var scope = kinds.Contains(ValueKind.Score) ? RuleScope.Score
            : kinds.Contains(ValueKind.Subject) ? RuleScope.PupilSubject
            : kinds.Contains(ValueKind.Pupil) ? RuleScope.Pupil
            : RuleScope.Once;
        if ((kinds.Contains(ValueKind.Score) && kinds.Count > 1) || (!kinds.Contains(ValueKind.Pupil) && (kinds.Contains(ValueKind.Subject) || kinds.Contains(ValueKind.Class))))
        {
            context.Error("IC1214", syntax.Span, "Rules.AggregateNeedsPupil", syntax.Name);
        }

        var binder = new ExpressionBinder(context, variables);
        Expression condition = Expression.Constant(true);
        foreach (var item in syntax.When)
        {
            var expression = item switch
            {
                PatternSyntax { Where: { } where } => where,
                TestConditionSyntax test => test.Expression,
                _ => null,
            };
            if (expression is null)
            {
                continue;
            }

            var bound = binder.BindCondition(expression);
            canonical.Add(bound.Canonical);
            condition = condition is ConstantExpression { Value: true } ? bound.Expression : Expression.AndAlso(condition, bound.Expression);
        }

        var actions = syntax.Then.Select(a => CompileAction(a, binder, context, variables, canonical)).Where(a => a is not null).Select(a => a!).ToList();
        if (context.Diagnostics.Count > errors)
        {
            return null;
        }

        var lambda = Expression.Lambda<Func<EvalContext, bool>>(condition, ctx);
        var witnesses = context.Witnesses.Select(LazyDelegate.Of).ToList();
        // A rule that reads only its own (pupil, subject) marks and no derived fact, and asserts none, can be
        // re-evaluated for one pair when a mark arrives: the other pairs' outcomes cannot change.
        var pairLocal = scope == RuleScope.PupilSubject && !context.PupilWideMarks && context.FactsRead.Count == 0 && !actions.OfType<AssertAction>().Any();
        var divides = context.Divides;
        Func<Func<EvalContext, bool>> compile = divides ? () => DivisionGuard.Guard(lambda.Compile(), syntax.Name, syntax.Span) : lambda.Compile;
        var rule = new CompiledRule(syntax.Name, syntax.Priority, syntax.Span, scope, compile, actions, [.. context.FactsRead.Order()], witnesses) { PairLocal = pairLocal };
        return (rule, new RuleInfo(syntax.Name, syntax.Priority, syntax.Span, string.Join(" ; ", canonical)) { Titles = syntax.Titles });
    }

    private static RuleAction? CompileAction(ActionSyntax action, ExpressionBinder binder, BindContext context, Dictionary<string, Variable> variables, List<string> canonical)
    {
        var ctx = context.Ctx;
        switch (action)
        {
            case StartActionSyntax start:
                var keys = start.For.Select(k => binder.Bind(k)).ToList();
                canonical.Add($"Kw.Start \"{start.Workflow}\" Kw.For {string.Join(", ", keys.Select(k => k.Canonical))}");
                return new StartAction(start.Workflow, [.. keys.Select(k => LazyDelegate.Of(Expression.Lambda<Func<EvalContext, string>>(AsText(k, ctx), ctx)))]);
            case AssertActionSyntax assert:
                var fact = context.Facts[assert.Fact];
                var args = assert.Arguments.Select(a => binder.Bind(a)).ToList();
                var pupilVariable = variables.Values.FirstOrDefault(v => v.Kind == ValueKind.Pupil);
                if (pupilVariable is null || args.Count is not (1 or 2) || args[0].Kind != ValueKind.Pupil || (args.Count == 2 && args[1].Kind != ValueKind.Subject))
                {
                    context.Error("IC1211", assert.Span, "Rules.FactArguments", assert.Fact);
                    return null;
                }

                var value = assert.Value is null ? null : binder.Bind(assert.Value);
                if (value is not null && value.Kind != ValueKind.Number)
                {
                    context.Error("IC1203", assert.Value!.Span, "Rules.TypeMismatch", "=", ExpressionBinder.KindName(ValueKind.Number), ExpressionBinder.KindName(value.Kind));
                    return null;
                }

                canonical.Add($"Kw.Assert {assert.Fact}({string.Join(", ", args.Select(a => a.Canonical))}){(value is null ? "" : " = " + value.Canonical)}");
                return new AssertAction(
                    assert.Fact,
                    fact,
                    args.Count == 2 ? LazyDelegate.Of(Expression.Lambda<Func<EvalContext, int>>(args[1].Expression, ctx)) : null,
                    value is null ? null : LazyDelegate.Of(Expression.Lambda<Func<EvalContext, double>>(value.Expression, ctx)));
            case NotifyActionSyntax notify:
                // A role is its code (class_teacher) or any language's word for it (WfRole.* in WorkflowVocabulary,
                // whose English word is the code), so that a translated file names the same role.
                var roleConcept = context.Vocabulary.ConceptOf(notify.Role, "WfRole");
                var role = RoleCode(context.Vocabulary, notify.Role);
                if (!Codes.TryParseRole(role, out _) && roleConcept is null)
                {
                    var suggestion = Suggestions.Nearest(notify.Role, Codes.RoleCodeList);
                    context.Error("IC1209", notify.RoleSpan, "Rules.UnknownRole", notify.Role, suggestion);
                    return null;
                }

                // A message that looks like a text key must be one the catalogs have: otherwise the recipient would
                // read "[KEY]" (finding 10). Any other message is the text itself.
                if (notify.Message is { } message && MessageKey.IsKey(message) && Texts.Template(message, CultureInfo.InvariantCulture) is null)
                {
                    context.Error("IC1252", notify.Span, "Rules.UnknownMessageKey", message);
                    return null;
                }

                canonical.Add($"Kw.Notify {role} \"{notify.Message}\"");
                return new NotifyAction(role, notify.Message);
            case SetActionSyntax set:
                var bound = binder.Bind(set.Value);
                canonical.Add($"Kw.Set {set.Name} = {bound.Canonical}");
                var boxed = bound.Kind == ValueKind.Date
                    ? Expression.Convert(Expression.Call(typeof(DateOnly), nameof(DateOnly.FromDayNumber), null, bound.Expression), typeof(object))
                    : Expression.Convert(bound.Expression, typeof(object));
                return new SetAction(set.Name, LazyDelegate.Of(Expression.Lambda<Func<EvalContext, object?>>(boxed, ctx)));
            default:
                return null;
        }
    }

    /// <summary>A key part as text: an entity by its id, a number in invariant form.</summary>
    internal static Expression AsText(Bound bound, ParameterExpression ctx) => bound.Kind switch
    {
        ValueKind.Pupil => Expression.Call(ctx, nameof(EvalContext.PupilId), null, bound.Expression),
        ValueKind.Subject => Expression.Call(ctx, nameof(EvalContext.SubjectId), null, bound.Expression),
        ValueKind.Class => Expression.Call(ctx, nameof(EvalContext.ClassId), null, bound.Expression),
        ValueKind.Text => bound.Expression,
        ValueKind.Score => Expression.Property(bound.Expression, nameof(EvaluationScore.ObjectId)),
        ValueKind.Date => Expression.Call(Expression.Call(typeof(DateOnly), nameof(DateOnly.FromDayNumber), null, bound.Expression), typeof(DateOnly).GetMethod(nameof(DateOnly.ToString), [typeof(string), typeof(IFormatProvider)])!, Expression.Constant(IsoDate.Format), Expression.Constant(CultureInfo.InvariantCulture, typeof(IFormatProvider))),
        _ => Expression.Call(typeof(Convert).GetMethod(nameof(Convert.ToString), [typeof(object), typeof(IFormatProvider)])!, Expression.Convert(bound.Expression, typeof(object)), Expression.Constant(CultureInfo.InvariantCulture, typeof(IFormatProvider))),
    };


    /// <summary>The role code (class_teacher) for a role named in any language, or the word itself when it names no role.</summary>
    internal static string RoleCode(PolicyLanguage.Vocabularies.Vocabulary vocabulary, string word) =>
        vocabulary.ConceptOf(word, "WfRole") is { } concept ? vocabulary.Word(concept, InternalControl.Localization.Language.En) : word;
}
