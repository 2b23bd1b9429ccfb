using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// Wraps the condition of a rule that divides by a value that may be 0 (hardening, finding 10): when a division by 0
/// happened while the condition ran for a binding, the condition is false for that binding and the problem is reported
/// once (IC1251, naming the rule and the pupil, subject or object by id). Both engines call the same condition, so they
/// stop the same bindings.
/// </summary>
internal static class DivisionGuard
{
    public static Func<EvalContext, bool> Guard(Func<EvalContext, bool> condition, string rule, SourceSpan span) => context =>
    {
        context.DividedByZero = false;
        var holds = condition(context);
        if (!context.DividedByZero)
        {
            return holds;
        }

        context.DividedByZero = false;
        context.Problems.DivisionByZero(rule, span, Binding(context));
        return false;
    };

    /// <summary>The binding by id: pupil and subject, or the evaluated object, or "-" for a school-wide rule.</summary>
    private static string Binding(EvalContext context)
    {
        if (context.Score >= 0)
        {
            return context.Index.Scores[context.Score].ObjectId;
        }

        var parts = new[] { context.PupilId(context.Pupil), context.SubjectId(context.Subject) }.Where(p => p.Length > 0).ToList();
        return parts.Count == 0 ? "-" : string.Join(", ", parts);
    }
}
