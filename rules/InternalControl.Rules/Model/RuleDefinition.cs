using System.Linq.Expressions;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Model;

/// <summary>
/// A rule as the compiler bound it, the one input of both engines: its patterns over fact types (and the scope they
/// give), its condition as an expression tree, the aggregates its condition and actions compute, the derived facts it
/// reads, its actions, its priority,
/// and what explain collects (the facts each aggregate rests on). <see cref="Display"/> is the rule in concept ids, for
/// people and `Describe` only.
/// </summary>
internal sealed record RuleDefinition(
    string Name,
    int Priority,
    SourceSpan Span,
    IReadOnlyList<FactPattern> Patterns,
    RuleScope Scope,
    Expression<Func<EvalContext, bool>> Condition,
    IReadOnlyList<AggregateDefinition> Aggregates,
    IReadOnlyList<DerivedFactType> FactsRead,
    IReadOnlyList<ActionDefinition> Actions,
    IReadOnlyList<Expression<Action<EvalContext, List<FactRef>>>> Witnesses,
    string Display)
{
    /// <summary>True when the condition divides by a value that may be 0 when it runs (the engines guard it, IC1251).</summary>
    public bool Divides { get; init; }

    /// <summary>True when a new mark needs only its own (pupil, subject) pair re-evaluated for this rule.</summary>
    public bool PairLocal { get; init; }

    /// <summary>The rule's name in each language the policy gives one for (its <c>title</c> clause), by language code.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();
}
