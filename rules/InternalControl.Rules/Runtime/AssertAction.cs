namespace InternalControl.Rules.Runtime;

/// <summary>`assert name(p[, s]) [= value]`: a derived fact of the current pupil.</summary>
internal sealed class AssertAction(string name, int fact, Func<EvalContext, int>? subject, Func<EvalContext, double>? value) : RuleAction
{
    /// <summary>The fact's name as written.</summary>
    public string Name { get; } = name;

    /// <summary>The fact's dense number (BindContext.Facts).</summary>
    public int Fact { get; } = fact;

    /// <summary>The subject argument, or null for a pupil fact.</summary>
    public Func<EvalContext, int>? Subject { get; } = subject;

    /// <summary>The value, or null for 1.</summary>
    public Func<EvalContext, double>? Value { get; } = value;

    public override bool Run(EvalContext context, CompiledRule rule, Outcome outcome)
    {
        if (context.Facts is null)
        {
            return false;
        }

        var s = Subject?.Invoke(context) ?? -1;
        var v = Value?.Invoke(context) ?? 1;
        var changed = context.Facts.Assert(Fact, s, v);
        if (changed)
        {
            outcome.Facts.RemoveAll(f => f.Name == Name && f.SubjectId == StartAction.NullIfEmpty(context.SubjectId(s)));
            outcome.Facts.Add(new DerivedFact(Name, context.PupilId(context.Pupil), StartAction.NullIfEmpty(context.SubjectId(s)), v, rule.Name));
        }

        return changed;
    }
}
