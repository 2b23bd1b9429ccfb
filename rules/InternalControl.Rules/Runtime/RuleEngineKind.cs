namespace InternalControl.Rules.Runtime;

/// <summary>
/// Which engine runs a compiled policy. Both run the same compiled rules (the same condition and action
/// delegates) and give the same <see cref="EvaluationResult"/>; the test suite holds them to it.
/// </summary>
public enum RuleEngineKind
{
    /// <summary>The expression-tree evaluator: rules tried per pupil in priority order, round after round.</summary>
    Compiled,

    /// <summary>NRules (Rete): the rules built as NRules' canonical rule model, facts in its working memory.</summary>
    NRules,
}
