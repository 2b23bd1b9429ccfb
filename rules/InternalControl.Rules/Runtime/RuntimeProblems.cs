using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// Problems a condition meets while it runs (a division by 0, IC1251), each held by the rule and binding it came from:
/// the latest run of a rule's condition for a binding decides whether the binding has a problem (a run that divides by 0
/// reports it, however often an engine re-tries the binding; a run that does not takes it back), and a binding that
/// leaves working memory (<see cref="Forget"/>) takes its problems with it. So a problem lives as long as the facts it
/// came from: a journal correction that makes the divisor non-zero retracts it, as a batch over the corrected journal
/// never reports it.
/// </summary>
internal sealed class RuntimeProblems
{
    private readonly Dictionary<BindingKey, Diagnostic> _problems = [];

    /// <summary>Every binding's problem, by pupil (then the school-wide bindings and scores), subject, score and rule.</summary>
    public IReadOnlyList<Diagnostic> All =>
        [.. _problems.OrderBy(p => p.Key.Pupil).ThenBy(p => p.Key.Subject).ThenBy(p => p.Key.Score).ThenBy(p => p.Key.Rule, StringComparer.Ordinal).Select(p => p.Value)];

    /// <summary>The problems of one pupil's bindings.</summary>
    public IReadOnlyList<Diagnostic> Of(int pupil) =>
        [.. _problems.Where(p => p.Key.Pupil == pupil).OrderBy(p => p.Key.Subject).ThenBy(p => p.Key.Rule, StringComparer.Ordinal).Select(p => p.Value)];

    /// <summary>The rule's condition divided by 0 for the binding the context is pointed at.</summary>
    public void DivisionByZero(string rule, SourceSpan span, EvalContext context)
    {
        var key = BindingKey.Of(rule, context);
        if (!_problems.ContainsKey(key))
        {
            _problems[key] = Diagnostic.Warning("IC1251", span, "Rules.DivisionByZeroAtRuntime", rule, Binding(context));
        }
    }

    /// <summary>The rule's condition ran for the binding the context is pointed at without a problem: one it had goes.</summary>
    public void Ran(string rule, EvalContext context)
    {
        if (_problems.Count > 0)
        {
            _problems.Remove(BindingKey.Of(rule, context));
        }
    }

    /// <summary>A pupil's bindings leave working memory (to be evaluated again): their problems go with them.</summary>
    public void Forget(int pupil)
    {
        if (_problems.Count == 0)
        {
            return;
        }

        foreach (var key in _problems.Keys.Where(k => k.Pupil == pupil).ToList())
        {
            _problems.Remove(key);
        }
    }

    /// <summary>The binding by id: pupil and subject, or the evaluated object, or "-" for a school-wide rule.</summary>
    private static string Binding(EvalContext context)
    {
        if (context.ObjectId() is { } objectId)
        {
            return objectId;
        }

        var parts = new[] { context.PupilId(context.Pupil), context.SubjectId(context.Subject) }.Where(p => p.Length > 0).ToList();
        return parts.Count == 0 ? "-" : string.Join(", ", parts);
    }

    /// <summary>A rule and the binding its condition ran for, by dense index (-1 where the binding has none).</summary>
    private readonly record struct BindingKey(string Rule, int Pupil, int Subject, int Score, int Teacher = -1)
    {
        public static BindingKey Of(string rule, EvalContext context) =>
            context.Score >= 0 ? new(rule, -1, -1, context.Score)
            : context.Teacher >= 0 ? new(rule, -1, -1, -1, context.Teacher)
            : new(rule, context.Pupil, context.Subject, -1);
    }
}
