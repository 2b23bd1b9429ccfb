using System.Linq.Expressions;
using InternalControl.Rules.Model;
using InternalControl.Rules.Runtime;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace InternalControl.Rules.Rete;

/// <summary>
/// A policy's rule model (<see cref="PolicyModel"/>, and nothing else) as NRules' canonical rule model (built with
/// <see cref="RuleBuilder"/>, not the fluent DSL), compiled once by NRules' RuleCompiler into a session factory. Each
/// <see cref="RuleDefinition"/> becomes one NRules rule:
/// <list type="bullet">
/// <item>a pattern over the fact its scope binds (<see cref="SchoolFact"/>, <see cref="PupilFact"/>,
/// <see cref="PupilSubjectFact"/>, <see cref="ScoreFact"/>, <see cref="TeacherFact"/>) whose condition calls the compiled condition;</item>
/// <item>for a rule whose condition reads aggregates NRules computes (<see cref="AggregateElements"/>), the elements: a
/// group-by of the marks keyed by the binding they count for, the rule's one pattern; or a group-by of the scores by
/// object and sheet, the score binding taken from its group by a flatten, and a collect of the scores each other score
/// aggregate counts;</item>
/// <item>for a rule that reads derived facts, a collect aggregate of the pupil's <see cref="AssertedFact"/>s it
/// reads, so that a new or changed derived fact re-activates it (forward chaining by Rete, not by rounds);</item>
/// <item>the rule's rank in priority order (priority, then file order) as the NRules priority;</item>
/// <item>one action (on activation and reactivation) that runs the compiled actions; `assert` inserts linked facts.</item>
/// </list>
/// </summary>
internal sealed class ReteModel
{
    private const string BindingName = "b";
    private const string FactsName = "facts";
    private const string FactName = "a";
    private const string AggregateName = "scores";
    private const string ScoreName = "score";
    private const string GroupName = "group";
    private const string MarkGroupName = "marks";
    private const string MemberName = "member";
    private const string SourceName = "of";

    // The rules whose score or mark aggregates NRules computes as elements: their condition is split (ReteCondition).
    private readonly ReteCondition?[] _split;

    // The mark aggregates NRules groups, of every rule: a mark none of them admits stays out of working memory.
    private readonly ReteAggregate[] _markAggregates;

    public ReteModel(PolicyModel model)
    {
        Rules = [.. model.Rules.Select(CompiledRule.From)];
        FactCount = model.Facts.Count;
        Index = Rules.Select((rule, i) => (rule.Name, i)).ToDictionary(r => r.Name, r => r.i, StringComparer.Ordinal);
        _split = new ReteCondition?[Rules.Length];
        Definitions = [.. model.Rules.Select((definition, index) => Define(definition, Rules[index], index))];
        _markAggregates = [.. _split.Where(c => c is not null).SelectMany(c => c!.Aggregates).Where(a => a.OverMarks)];
        Factory = new RuleCompiler().Compile(Definitions);
    }

    public CompiledRule[] Rules { get; }

    public int FactCount { get; }

    /// <summary>A rule's index by name (names are unique in a compiled policy).</summary>
    public Dictionary<string, int> Index { get; }

    public IReadOnlyList<IRuleDefinition> Definitions { get; }

    public ISessionFactory Factory { get; }

    /// <summary>True when a rule's mark aggregates are NRules group-by elements: the session's working memory holds the marks.</summary>
    public bool GroupsMarks => _markAggregates.Length > 0;

    /// <summary>
    /// True for a mark that one of the mark aggregates NRules groups may count, as of the session's date (<see cref="ReteAggregate.Admits"/>):
    /// working memory holds only those; a mark no aggregate admits would be counted for no binding.
    /// </summary>
    public bool Admits(EvalContext context, MarkRow row)
    {
        foreach (var aggregate in _markAggregates)
        {
            if (aggregate.Admits(context, row))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Compiles every condition NRules will call (each is otherwise compiled on its first call, while facts are inserted).</summary>
    public void Prepare()
    {
        for (var r = 0; r < Rules.Length; r++)
        {
            if (_split[r] is { } condition)
            {
                condition.Prepare();
            }
            else
            {
                _ = Rules[r].Condition;
            }
        }
    }

    private IRuleDefinition Define(RuleDefinition definition, CompiledRule rule, int index)
    {
        var builder = new RuleBuilder();
        builder.Name(definition.Name);
        // The rule's place in the evaluator's order (priority, then file order) is its NRules priority, so that rules of
        // equal priority fire in the same order on both engines (NRules would otherwise break the tie by recency).
        builder.Priority(Rules.Length - index);
        var type = definition.Scope switch
        {
            RuleScope.Pupil => typeof(PupilFact),
            RuleScope.PupilSubject => typeof(PupilSubjectFact),
            RuleScope.Score => typeof(ScoreFact),
            RuleScope.Teacher => typeof(TeacherFact),
            _ => typeof(SchoolFact),
        };
        var lhs = builder.LeftHandSide();
        var (prefix, aggregateCondition, elements) = AggregateElements.Of(definition);
        var condition = aggregateCondition is null ? null : new ReteCondition(prefix, aggregateCondition, elements);
        if (condition is { OverMarks: true, Sparse: false })
        {
            // A condition that may hold over no marks stays a loop: each binding would have to be in its own group.
            condition = null;
        }

        _split[index] = condition;
        if (condition is { OverMarks: true })
        {
            var marks = GroupMarks(lhs, type, condition);
            return Act(builder, rule, index, Expression.Property(marks, nameof(IGrouping<,>.Key)), null, marks);
        }

        var group = condition is { Grouped: true } ? GroupScores(lhs) : null;
        var bindingPattern = group is null ? lhs.Pattern(type, BindingName) : ScoreOfGroup(lhs, group);
        var binding = bindingPattern.Declaration.ToParameterExpression();
        var ruleConstant = Expression.Constant(rule);
        ParameterExpression? facts = null;
        if (condition is not null)
        {
            // Score aggregates as NRules elements: the bound score's (object, sheet) group for those that read it, a
            // collect of the scores each other aggregate counts for the binding; the condition reads their values folded
            // from them.
            if (condition.HasPrefix)
            {
                bindingPattern.Condition(Expression.Lambda(Expression.Call(typeof(ReteBridge), nameof(ReteBridge.TestPrefix), null, Expression.Constant(condition), binding), binding));
            }

            var sources = new List<Expression>();
            var declarations = new List<ParameterExpression> { binding };
            if (group is not null)
            {
                declarations.Add(group);
            }

            var last = bindingPattern;
            for (var a = 0; a < condition.Aggregates.Length; a++)
            {
                if (condition.Aggregates[a].FromGroup)
                {
                    sources.Add(Expression.Convert(group!, typeof(IEnumerable<ScoreFact>)));
                    continue;
                }

                var collected = lhs.Pattern(typeof(IEnumerable<ScoreFact>), AggregateName + a);
                var element = collected.Aggregate();
                element.Collect();
                var score = element.Pattern(typeof(ScoreFact), ScoreName + a);
                var item = score.Declaration.ToParameterExpression();
                score.Condition(Expression.Lambda(
                    Expression.Call(typeof(ReteBridge), nameof(ReteBridge.Collects), null, Expression.Constant(condition.Aggregates[a]), item, binding),
                    item,
                    binding));
                var declaration = collected.Declaration.ToParameterExpression();
                sources.Add(declaration);
                declarations.Add(declaration);
                last = collected;
            }

            last.Condition(Expression.Lambda(
                Expression.Call(typeof(ReteBridge), nameof(ReteBridge.TestAggregates), null, Expression.Constant(condition), binding, Expression.NewArrayInit(typeof(IEnumerable<ScoreFact>), sources)),
                declarations));
        }
        else if (definition.FactsRead.Count == 0)
        {
            bindingPattern.Condition(Expression.Lambda(Expression.Call(typeof(ReteBridge), nameof(ReteBridge.Test), null, ruleConstant, binding), binding));
        }
        else
        {
            var factsPattern = lhs.Pattern(typeof(IEnumerable<AssertedFact>), FactsName);
            facts = factsPattern.Declaration.ToParameterExpression();
            var aggregate = factsPattern.Aggregate();
            aggregate.Collect();
            var factPattern = aggregate.Pattern(typeof(AssertedFact), FactName);
            var fact = factPattern.Declaration.ToParameterExpression();
            factPattern.Condition(Expression.Lambda(
                Expression.Call(typeof(ReteBridge), nameof(ReteBridge.Reads), null, fact, binding, Expression.Constant(rule.FactsRead)),
                fact,
                binding));
            factsPattern.Condition(Expression.Lambda(
                Expression.Call(typeof(ReteBridge), nameof(ReteBridge.TestWithFacts), null, ruleConstant, binding, facts),
                facts,
                binding));
        }

        return facts is null ? Act(builder, rule, index, binding, null, binding) : Act(builder, rule, index, binding, facts, binding, facts);
    }

    /// <summary>
    /// The rule's one action (on activation and reactivation), over its declarations: the compiled actions for the binding
    /// (read from the declarations), with the derived facts the rule read.
    /// </summary>
    private static IRuleDefinition Act(RuleBuilder builder, CompiledRule rule, int index, Expression binding, ParameterExpression? facts, params ParameterExpression[] declarations)
    {
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var act = Expression.Call(
            typeof(ReteBridge),
            nameof(ReteBridge.Act),
            null,
            context,
            Expression.Constant(rule),
            Expression.Constant(index),
            binding,
            facts is null ? Expression.Constant(null, typeof(IEnumerable<AssertedFact>)) : facts);
        builder.RightHandSide().Action(Expression.Lambda(act, [context, .. declarations]), ActionTrigger.Activated | ActionTrigger.Reactivated);
        return builder.Build();
    }

    /// <summary>
    /// An NRules group-by of every score by its object and sheet, at the top of the rule: NRules keeps one group per
    /// (object, sheet), built in one pass over the scores and kept up to date as scores come and go.
    /// </summary>
    private static ParameterExpression GroupScores(GroupBuilder lhs)
    {
        var groupPattern = lhs.Pattern(typeof(IGrouping<(string Object, string Sheet), ScoreFact>), GroupName);
        var groupBy = groupPattern.Aggregate();
        var member = groupBy.Pattern(typeof(ScoreFact), MemberName).Declaration.ToParameterExpression();
        groupBy.GroupBy(
            Expression.Lambda(Expression.Call(typeof(ReteBridge), nameof(ReteBridge.GroupOf), null, member), member),
            Expression.Lambda(member, member));
        return groupPattern.Declaration.ToParameterExpression();
    }

    /// <summary>
    /// An NRules group-by of every mark by the binding it counts for, as the rule's one pattern: by the pupil's subject for a
    /// rule over `pupil p, subject s`, by the pupil for a rule over `pupil p`; the group's key is the binding. The condition
    /// cannot hold over no marks (<see cref="ReteCondition.Sparse"/>), so a binding with no marks needs no group. NRules builds the
    /// groups in one pass over the marks and keeps them up to date as marks come and go. The condition reads
    /// the group alone, so a changed group is tested alone: a condition over a binding pattern and its group would be a
    /// join, and NRules joins by cross product (issue #201), every group with each changed binding.
    /// </summary>
    private static ParameterExpression GroupMarks(GroupBuilder lhs, Type binding, ReteCondition condition)
    {
        var groupPattern = lhs.Pattern(typeof(IGrouping<,>).MakeGenericType(binding, typeof(MarkFact)), MarkGroupName);
        var groupBy = groupPattern.Aggregate();
        var member = groupBy.Pattern(typeof(MarkFact), MemberName).Declaration.ToParameterExpression();
        groupBy.GroupBy(
            Expression.Lambda(Expression.Call(typeof(ReteBridge), nameof(ReteBridge.BindingOf), [binding], member), member),
            Expression.Lambda(member, member));
        var group = groupPattern.Declaration.ToParameterExpression();
        groupPattern.Condition(Expression.Lambda(Expression.Call(typeof(ReteBridge), nameof(ReteBridge.TestMarks), [binding], Expression.Constant(condition), group), group));
        return group;
    }

    /// <summary>
    /// The rule's score binding taken from its group (a flatten of the group: `score x` is each score of each group), so
    /// that each binding meets its own group and no other: a join of every binding with every group would cost
    /// bindings × groups condition calls (NRules joins by cross product, issue #201), the square the group-by avoids.
    /// </summary>
    private static PatternBuilder ScoreOfGroup(GroupBuilder lhs, ParameterExpression group)
    {
        var bindingPattern = lhs.Pattern(typeof(ScoreFact), BindingName);
        var flatten = bindingPattern.Aggregate();
        var source = flatten.Pattern(group.Type, SourceName);
        source.Binding().BindingExpression(Expression.Lambda(group, group));
        var of = source.Declaration.ToParameterExpression();
        flatten.Flatten(Expression.Lambda(Expression.Convert(of, typeof(IEnumerable<ScoreFact>)), of));
        return bindingPattern;
    }
}
