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

/// <summary>
/// Binds one rule's syntax into the rule model (<see cref="RuleDefinition"/>): its patterns and the scope they give, one
/// condition expression tree with the aggregates and derived facts it reads, and its actions as expression trees.
/// </summary>
internal static class RuleCompiler
{
    public static RuleDefinition? Compile(RuleSyntax syntax, BindContext context)
    {
        var errors = context.Diagnostics.Count;
        context.FactsRead.Clear();
        context.Aggregates.Clear();
        context.Witnesses.Clear();
        context.PupilWideMarks = false;
        context.Divides = false;
        context.ActionValues.Clear();
        var ctx = context.Ctx;
        var variables = new Dictionary<string, Variable>(StringComparer.Ordinal);
        var canonical = new List<string>();
        var patterns = new List<FactPattern>();
        foreach (var pattern in syntax.When.OfType<PatternSyntax>())
        {
            var type = context.Vocabulary.ConceptOf(pattern.Type, "Type");
            Variable? variable = type switch
            {
                TypeId.Pupil => new Variable(pattern.Variable, ValueKind.Pupil, Expression.Field(ctx, nameof(EvalContext.Pupil))),
                TypeId.Subject => new Variable(pattern.Variable, ValueKind.Subject, Expression.Field(ctx, nameof(EvalContext.Subject))),
                TypeId.Class => new Variable(pattern.Variable, ValueKind.Class, Expression.Field(ctx, nameof(EvalContext.Class))),
                TypeId.Score => new Variable(pattern.Variable, ValueKind.Score, Expression.ArrayIndex(Expression.Property(Expression.Field(ctx, nameof(EvalContext.Index)), nameof(FactIndex.Scores)), Expression.Field(ctx, nameof(EvalContext.Score)))),
                TypeId.Teacher => new Variable(pattern.Variable, ValueKind.Teacher, Expression.ArrayIndex(Expression.Property(Expression.Field(ctx, nameof(EvalContext.Index)), nameof(FactIndex.Teachers)), Expression.Field(ctx, nameof(EvalContext.Teacher)))),
                _ => null,
            };
            if (variable is null)
            {
                context.Error("IC1206", pattern.Span, "Rules.PatternNotAllowed", pattern.Type);
                continue;
            }

            if (variables.ContainsKey(pattern.Variable))
            {
                context.Error("IC1212", pattern.Span, "Rules.DuplicateVariable", pattern.Variable);
                continue;
            }

            if (variables.Values.Any(v => v.Kind == variable.Kind))
            {
                // A second pupil (or subject, class...) under a new name: the rule binds each kind once.
                context.Error("IC1212", pattern.Span, "Rules.SecondBinding", pattern.Variable, ExpressionBinder.KindName(variable.Kind));
                continue;
            }

            variables[pattern.Variable] = variable;
            patterns.Add(new FactPattern(PatternType(variable.Kind), pattern.Variable, pattern.Span));
            canonical.Add($"{type} {pattern.Variable}");
        }

        var kinds = variables.Values.Select(v => v.Kind).ToHashSet();
        var scope = kinds.Contains(ValueKind.Score) ? RuleScope.Score
            : kinds.Contains(ValueKind.Teacher) ? RuleScope.Teacher
            : kinds.Contains(ValueKind.Subject) ? RuleScope.PupilSubject
            : kinds.Contains(ValueKind.Pupil) ? RuleScope.Pupil
            : RuleScope.Once;
        if (((kinds.Contains(ValueKind.Score) || kinds.Contains(ValueKind.Teacher)) && kinds.Count > 1) || (!kinds.Contains(ValueKind.Pupil) && (kinds.Contains(ValueKind.Subject) || kinds.Contains(ValueKind.Class))))
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

        condition = ActionDivisions.Check(condition, context.ActionValues);
        var lambda = Expression.Lambda<Func<EvalContext, bool>>(condition, ctx);
        // A rule that reads only its own (pupil, subject) marks and no derived fact, and asserts none, can be
        // re-evaluated for one pair when a mark arrives: the other pairs' outcomes cannot change.
        var pairLocal = scope == RuleScope.PupilSubject && !context.PupilWideMarks && context.FactsRead.Count == 0 && !actions.OfType<AssertDefinition>().Any();
        var factsRead = context.Facts.Where(f => context.FactsRead.Contains(f.Value)).Select(f => new DerivedFactType(f.Key, f.Value)).OrderBy(f => f.Id).ToList();
        return new RuleDefinition(
            syntax.Name,
            syntax.Priority,
            syntax.Span,
            patterns,
            scope,
            lambda,
            [.. context.Aggregates],
            factsRead,
            actions,
            [.. context.Witnesses],
            string.Join(" ; ", canonical))
        {
            Divides = context.Divides,
            PairLocal = pairLocal,
            Titles = syntax.Titles,
        };
    }

    private static FactType PatternType(ValueKind kind) => kind switch
    {
        ValueKind.Pupil => FactType.Pupil,
        ValueKind.Subject => FactType.Subject,
        ValueKind.Class => FactType.Class,
        ValueKind.Teacher => FactType.Teacher,
        _ => FactType.Score,
    };

    private static ActionDefinition? CompileAction(ActionSyntax action, ExpressionBinder binder, BindContext context, Dictionary<string, Variable> variables, List<string> canonical)
    {
        var ctx = context.Ctx;
        switch (action)
        {
            case StartActionSyntax start:
                var keys = start.For.Select(k => binder.Bind(k)).ToList();
                context.ActionValues.AddRange(keys.Select(k => k.Expression));
                canonical.Add($"Kw.Start \"{start.Workflow}\" Kw.For {string.Join(", ", keys.Select(k => k.Canonical))}");
                return new StartDefinition(start.Workflow, [.. keys.Select(k => Expression.Lambda<Func<EvalContext, string>>(AsText(k, ctx), ctx))]);
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
                context.ActionValues.AddRange(value is null ? [] : [value.Expression]);
                if (value is not null && value.Kind != ValueKind.Number)
                {
                    context.Error("IC1203", assert.Value!.Span, "Rules.Expects", assert.Fact, ExpressionBinder.KindName(ValueKind.Number), ExpressionBinder.KindName(value.Kind));
                    return null;
                }

                canonical.Add($"Kw.Assert {assert.Fact}({string.Join(", ", args.Select(a => a.Canonical))}){(value is null ? "" : " = " + value.Canonical)}");
                return new AssertDefinition(
                    new DerivedFactType(assert.Fact, fact),
                    args.Count == 2 ? Expression.Lambda<Func<EvalContext, int>>(args[1].Expression, ctx) : null,
                    value is null ? null : Expression.Lambda<Func<EvalContext, double>>(value.Expression, ctx));
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
                return new NotifyDefinition(role, notify.Message);
            case SetActionSyntax set:
                var bound = binder.Bind(set.Value);
                context.ActionValues.Add(bound.Expression);
                canonical.Add($"Kw.Set {set.Name} = {bound.Canonical}");
                var boxed = bound.Kind == ValueKind.Date
                    ? Expression.Convert(Expression.Call(typeof(DateOnly), nameof(DateOnly.FromDayNumber), null, bound.Expression), typeof(object))
                    : Expression.Convert(bound.Expression, typeof(object));
                return new SetDefinition(set.Name, Expression.Lambda<Func<EvalContext, object?>>(boxed, ctx));
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
        ValueKind.Teacher => Expression.Field(bound.Expression, nameof(TeacherRow.Id)),
        ValueKind.Date => Expression.Call(Expression.Call(typeof(DateOnly), nameof(DateOnly.FromDayNumber), null, bound.Expression), typeof(DateOnly).GetMethod(nameof(DateOnly.ToString), [typeof(string), typeof(IFormatProvider)])!, Expression.Constant(IsoDate.Format), Expression.Constant(CultureInfo.InvariantCulture, typeof(IFormatProvider))),
        _ => Expression.Call(typeof(Convert).GetMethod(nameof(Convert.ToString), [typeof(object), typeof(IFormatProvider)])!, Expression.Convert(bound.Expression, typeof(object)), Expression.Constant(CultureInfo.InvariantCulture, typeof(IFormatProvider))),
    };


    /// <summary>The role code (class_teacher) for a role named in any language, or the word itself when it names no role.</summary>
    internal static string RoleCode(PolicyLanguage.Vocabularies.Vocabulary vocabulary, string word) =>
        vocabulary.ConceptOf(word, "WfRole") is { } concept ? vocabulary.Word(concept, InternalControl.Localization.Language.En) : word;
}
