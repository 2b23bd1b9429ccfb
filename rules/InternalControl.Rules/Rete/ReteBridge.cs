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

    /// <summary>A rule's condition for the binding of a group of marks (the group's key), with the group's marks for each of its mark aggregates.</summary>
    public static bool TestMarks<T>(ReteCondition condition, IGrouping<T, MarkFact> group)
        where T : BindingFact
    {
        var marks = new List<MarkFact>(group);
        var context = group.Key.Engine.Context;
        group.Key.Bind(context);
        return condition.TestPrefix(context) && condition.TestMarks(context, marks);
    }

    /// <summary>The binding an activation is for: the binding fact among its facts, or its group of marks' key.</summary>
    public static BindingFact BindingIn(IEnumerable<object?> facts) =>
        facts.OfType<BindingFact>().FirstOrDefault()
        ?? facts.OfType<IGrouping<PupilSubjectFact, MarkFact>>().Select(g => (BindingFact)g.Key)
            .Concat(facts.OfType<IGrouping<PupilFact, MarkFact>>().Select(g => g.Key))
            .First();

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

    /// <summary>
    /// The key an NRules group-by of marks groups a mark by: the binding of type <typeparamref name="T"/> it counts for (its
    /// pupil, or the pupil's subject).
    /// </summary>
    public static T BindingOf<T>(MarkFact mark)
        where T : BindingFact => (T)(typeof(T) == typeof(PupilFact) ? mark.OfPupil : (BindingFact)mark.OfSubject);

    /// <summary>Joins a derived fact to a binding: same session, same pupil, a fact the rule reads.</summary>
    public static bool Reads(AssertedFact fact, BindingFact binding, int[] factsRead) =>
        ReferenceEquals(fact.Engine, binding.Engine) && fact.Pupil == binding.Pupil && Array.IndexOf(factsRead, fact.Fact) >= 0;

    /// <summary>A rule's actions for an activation (NRules calls it on activation and reactivation).</summary>
    public static void Act(IContext context, CompiledRule rule, int index, BindingFact binding, IEnumerable<AssertedFact>? facts) =>
        binding.Engine.Act(context, rule, index, binding, facts);
}
