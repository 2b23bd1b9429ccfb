using InternalControl.Kernel.Diagnostics;
using InternalControl.Rules.Compilation;
using InternalControl.Rules.Model;

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

    /// <summary>
    /// A rule of the model ready to run: its condition and actions compiled from their expression trees on first use
    /// (the same for both engines, each of which builds its rules from the model).
    /// </summary>
    public static CompiledRule From(RuleDefinition definition)
    {
        var lambda = definition.Condition;
        Func<Func<EvalContext, bool>> compile = definition.Divides ? () => DivisionGuard.Guard(lambda.Compile(), definition.Name, definition.Span) : lambda.Compile;
        return new CompiledRule(
            definition.Name,
            definition.Priority,
            definition.Span,
            definition.Scope,
            compile,
            [.. definition.Actions.Select(Action)],
            [.. definition.FactsRead.Select(f => f.Id).Order()],
            [.. definition.Witnesses.Select(LazyDelegate.Of)])
        {
            PairLocal = definition.PairLocal,
        };
    }

    private static RuleAction Action(ActionDefinition action) => action switch
    {
        AssertDefinition assert => new AssertAction(
            assert.Fact.Name,
            assert.Fact.Id,
            assert.Subject is null ? null : LazyDelegate.Of(assert.Subject),
            assert.Value is null ? null : LazyDelegate.Of(assert.Value)),
        StartDefinition start => new StartAction(start.Workflow, [.. start.Keys.Select(LazyDelegate.Of)]),
        NotifyDefinition notify => new NotifyAction(notify.Role, notify.Message),
        SetDefinition set => new SetAction(set.Name, LazyDelegate.Of(set.Value)),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
