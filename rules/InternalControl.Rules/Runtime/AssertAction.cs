namespace InternalControl.Rules.Runtime;

/// <summary>`assert name(p[, s]) [= value]`: a derived fact of the current pupil.</summary>
internal sealed class AssertAction(string name, int fact, Func<EvalContext, int>? subject, Func<EvalContext, double>? value) : RuleAction
{
    public override bool Run(EvalContext context, CompiledRule rule, Outcome outcome)
    {
        if (context.Facts is null)
        {
            return false;
        }

        var s = subject?.Invoke(context) ?? -1;
        var v = value?.Invoke(context) ?? 1;
        var changed = context.Facts.Assert(fact, s, v);
        if (changed)
        {
            outcome.Facts.RemoveAll(f => f.Name == name && f.SubjectId == StartAction.NullIfEmpty(context.SubjectId(s)));
            outcome.Facts.Add(new DerivedFact(name, context.PupilId(context.Pupil), StartAction.NullIfEmpty(context.SubjectId(s)), v, rule.Name));
        }

        return changed;
    }
}
