namespace InternalControl.Rules.Runtime;

/// <summary>A compiled action of a rule; runs only when the rule fires.</summary>
internal abstract class RuleAction
{
    /// <summary>Runs the action; returns true when it changed the pupil's derived facts.</summary>
    public abstract bool Run(EvalContext context, CompiledRule rule, Outcome outcome);
}
