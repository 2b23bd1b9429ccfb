using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Rules.Runtime;

/// <summary>A rule ready to run: its scope, its condition as a delegate (compiled on first use), its actions, and what explain needs.</summary>
internal sealed class CompiledRule(
    string name,
    int priority,
    SourceSpan span,
    RuleScope scope,
    Func<Func<EvalContext, bool>> condition,
    IReadOnlyList<RuleAction> actions,
    int[] factsRead,
    IReadOnlyList<Action<EvalContext, List<FactRef>>> witnesses)
{
    public string Name { get; } = name;

    public int Priority { get; } = priority;

    public SourceSpan Span { get; } = span;

    public RuleScope Scope { get; } = scope;

    private Func<EvalContext, bool>? _condition;

    /// <summary>
    /// The condition, compiled when a rule is first tried: checking a policy (`ic rules check`, the editor) never runs
    /// one, and compiling tens of thousands of delegates was most of the time a large policy took (finding 2). Two
    /// threads that race here compile it twice; both delegates are the same condition.
    /// </summary>
    public Func<EvalContext, bool> Condition => _condition ??= condition();

    public IReadOnlyList<RuleAction> Actions { get; } = actions;

    /// <summary>The derived facts the condition reads: the rule re-fires for a binding only when one of them changed.</summary>
    public int[] FactsRead { get; } = factsRead;

    public IReadOnlyList<Action<EvalContext, List<FactRef>>> Witnesses { get; } = witnesses;

    /// <summary>True when a new mark needs only its own (pupil, subject) pair re-evaluated for this rule.</summary>
    public bool PairLocal { get; init; }
}
