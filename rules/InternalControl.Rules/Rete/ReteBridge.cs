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

    /// <summary>
    /// A rule's condition for the binding of a group of marks (the group's key), with the group's marks for each of its mark
    /// aggregates. A group that holds its binding (not <see cref="ReteCondition.Sparse"/>) is tested only while the
    /// binding is in it, as it is not between the binding's retraction and its return.
    /// </summary>
    public static bool TestMarks<T>(ReteCondition condition, IGrouping<T, IMarkGroupMember> group)
        where T : BindingFact
    {
        var present = condition.Sparse;
        var marks = new List<MarkFact>();
        foreach (var member in group)
        {
            if (member is MarkFact mark)
            {
                marks.Add(mark);
            }
            else
            {
                present = true;
            }
        }

        if (!present)
        {
            return false;
        }

        var context = group.Key.Engine.Context;
        group.Key.Bind(context);
        return condition.TestPrefix(context) && condition.TestMarks(context, marks);
    }

    /// <summary>The binding an activation is for: the binding fact among its facts, or its group of marks' key.</summary>
    public static BindingFact BindingIn(IEnumerable<object?> facts) =>
        facts.OfType<BindingFact>().FirstOrDefault()
        ?? facts.OfType<IGrouping<PupilSubjectFact, IMarkGroupMember>>().Select(g => (BindingFact)g.Key)
            .Concat(facts.OfType<IGrouping<PupilFact, IMarkGroupMember>>().Select(g => g.Key))
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
    /// The key an NRules group-by of marks groups a member by: the binding of type <typeparamref name="T"/> a mark counts
    /// for (its pupil, or the pupil's subject), or the binding itself.
    /// </summary>
    public static T BindingOf<T>(IMarkGroupMember member)
        where T : BindingFact => member switch
        {
            MarkFact mark => (T)(typeof(T) == typeof(PupilFact) ? mark.OfPupil : (BindingFact)mark.OfSubject),
            _ => (T)member,
        };

    /// <summary>True for the members of a group of marks whose binding is of type <typeparamref name="T"/>: the marks, and the binding.</summary>
    public static bool Groups<T>(IMarkGroupMember member)
        where T : BindingFact => member is MarkFact or T;

    /// <summary>True for the members of a group of marks that does not hold its binding (<see cref="ReteCondition.Sparse"/>): the marks.</summary>
    public static bool IsMark(IMarkGroupMember member) => member is MarkFact;

    /// <summary>Joins a derived fact to a binding: same session, same pupil, a fact the rule reads.</summary>
    public static bool Reads(AssertedFact fact, BindingFact binding, int[] factsRead) =>
        ReferenceEquals(fact.Engine, binding.Engine) && fact.Pupil == binding.Pupil && Array.IndexOf(factsRead, fact.Fact) >= 0;

    /// <summary>A rule's actions for an activation (NRules calls it on activation and reactivation).</summary>
    public static void Act(IContext context, CompiledRule rule, int index, BindingFact binding, IEnumerable<AssertedFact>? facts) =>
        binding.Engine.Act(context, rule, index, binding, facts);
}
