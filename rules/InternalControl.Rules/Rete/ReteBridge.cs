using InternalControl.Rules.Runtime;
using NRules.RuleModel;

namespace InternalControl.Rules.Rete;

/// <summary>
/// What the NRules rule model's expressions call: the compiled rule's condition and actions (the same
/// delegates the expression-tree engine runs), with the shared context pointed at the matched binding.
/// Public methods so that <see cref="ReteModel"/> can name them in expression trees.
/// </summary>
internal static class ReteBridge
{
    /// <summary>A rule's condition for a binding that reads no derived fact.</summary>
    public static bool Test(CompiledRule rule, BindingFact binding)
    {
        var context = binding.Engine.Context;
        binding.Bind(context);
        return rule.Condition(context);
    }

    /// <summary>A rule's condition for a binding, with the derived facts of its pupil that the rule reads.</summary>
    public static bool TestWithFacts(CompiledRule rule, BindingFact binding, IEnumerable<AssertedFact> facts)
    {
        var context = binding.Engine.Context;
        binding.Bind(context);
        context.Facts = binding.Engine.FactsOf(facts);
        return rule.Condition(context);
    }

    /// <summary>The leading conjuncts of a rule's condition that read no aggregate, for a binding.</summary>
    public static bool TestPrefix(ReteCondition condition, BindingFact binding)
    {
        var context = binding.Engine.Context;
        binding.Bind(context);
        return condition.TestPrefix(context);
    }

    /// <summary>A rule's condition for a binding, with the scores NRules collected for each of its score aggregates.</summary>
    public static bool TestAggregates(ReteCondition condition, BindingFact binding, IEnumerable<ScoreFact>[] collected)
    {
        var context = binding.Engine.Context;
        binding.Bind(context);
        return condition.Test(context, collected);
    }

    /// <summary>Joins a score to a binding in a score aggregate: same session, and the aggregate's window and filter hold for the binding.</summary>
    public static bool Collects(ReteAggregate aggregate, ScoreFact score, BindingFact binding)
    {
        if (!ReferenceEquals(score.Engine, binding.Engine))
        {
            return false;
        }

        var context = binding.Engine.Context;
        binding.Bind(context);
        return aggregate.Matches(context, score.Score);
    }

    /// <summary>The key an NRules group-by groups a score by: its object and sheet (the §3 matrix reads one such group).</summary>
    public static (string Object, string Sheet) GroupOf(ScoreFact score)
    {
        var row = score.Engine.Index.Scores[score.Score];
        return (row.ObjectId, row.Sheet);
    }

    /// <summary>Joins a derived fact to a binding: same session, same pupil, a fact the rule reads.</summary>
    public static bool Reads(AssertedFact fact, BindingFact binding, int[] factsRead) =>
        ReferenceEquals(fact.Engine, binding.Engine) && fact.Pupil == binding.Pupil && Array.IndexOf(factsRead, fact.Fact) >= 0;

    /// <summary>A rule's actions for an activation (NRules calls it on activation and reactivation).</summary>
    public static void Act(IContext context, CompiledRule rule, int index, BindingFact binding, IEnumerable<AssertedFact>? facts) =>
        binding.Engine.Act(context, rule, index, binding, facts);
}
