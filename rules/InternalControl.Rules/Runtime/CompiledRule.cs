using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Rules.Runtime;

/// <summary>A rule ready to run: its scope, its condition as a delegate, its actions, and what explain needs.</summary>
internal sealed class CompiledRule(
    string name,
    int priority,
    SourceSpan span,
    RuleScope scope,
    Func<EvalContext, bool> condition,
    IReadOnlyList<RuleAction> actions,
    int[] factsRead,
    IReadOnlyList<Action<EvalContext, List<FactRef>>> witnesses)
{
    public string Name { get; } = name;

    public int Priority { get; } = priority;

    public SourceSpan Span { get; } = span;

    public RuleScope Scope { get; } = scope;

    public Func<EvalContext, bool> Condition { get; } = condition;

    public IReadOnlyList<RuleAction> Actions { get; } = actions;

    /// <summary>The derived facts the condition reads: the rule re-fires for a binding only when one of them changed.</summary>
    public int[] FactsRead { get; } = factsRead;

    public IReadOnlyList<Action<EvalContext, List<FactRef>>> Witnesses { get; } = witnesses;

    /// <summary>True when a new mark needs only its own (pupil, subject) pair re-evaluated for this rule.</summary>
    public bool PairLocal { get; init; }
}
