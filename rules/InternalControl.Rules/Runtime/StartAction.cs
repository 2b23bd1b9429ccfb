namespace InternalControl.Rules.Runtime;

/// <summary>`start "workflow" for p, s`.</summary>
internal sealed class StartAction(string workflow, Func<EvalContext, string>[] keys) : RuleAction
{
    public override bool Run(EvalContext context, CompiledRule rule, Outcome outcome)
    {
        var parts = keys.Select(k => k(context)).ToList();
        var key = keys.Length == 0 ? context.PupilId(context.Pupil) : string.Join('/', parts);
        outcome.Starts.Add(new WorkflowStart(workflow, key, NullIfEmpty(context.PupilId(context.Pupil)), NullIfEmpty(context.SubjectId(context.Subject)), context.CurrentTerm, rule.Name) { Parts = parts });
        return false;
    }

    internal static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
