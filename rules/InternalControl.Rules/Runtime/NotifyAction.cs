namespace InternalControl.Rules.Runtime;

/// <summary>`notify role ["message"]`.</summary>
internal sealed class NotifyAction(string role, string? message) : RuleAction
{
    public override bool Run(EvalContext context, CompiledRule rule, Outcome outcome)
    {
        outcome.Notifications.Add(new Notification(role, message, StartAction.NullIfEmpty(context.PupilId(context.Pupil)), StartAction.NullIfEmpty(context.SubjectId(context.Subject)), rule.Name));
        return false;
    }
}
