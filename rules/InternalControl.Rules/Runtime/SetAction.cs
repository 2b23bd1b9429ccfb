namespace InternalControl.Rules.Runtime;

/// <summary>`set name = value`: a group or decision for the current binding.</summary>
internal sealed class SetAction(string name, Func<EvalContext, object?> value) : RuleAction
{
    public override bool Run(EvalContext context, CompiledRule rule, Outcome outcome)
    {
        var objectId = context.ObjectId();
        outcome.Decisions.Add(new Decision(name, value(context), StartAction.NullIfEmpty(context.PupilId(context.Pupil)), StartAction.NullIfEmpty(context.SubjectId(context.Subject)), objectId, rule.Name));
        return false;
    }
}
