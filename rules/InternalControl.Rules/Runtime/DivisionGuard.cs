using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Rules.Runtime;

/// <summary>
/// Wraps the condition of a rule that divides by a value that may be 0 (hardening, finding 10): when a division by 0
/// happened while the condition ran for a binding, the condition is false for that binding and the problem is held for
/// that binding (IC1251, naming the rule and the pupil, subject or object by id) until a later run of the condition for
/// it does not divide by 0 (<see cref="RuntimeProblems"/>). Both engines call the same condition, so they
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
            // This run decides for the binding: a problem an earlier run had (before a correction) goes.
            context.Problems.Ran(rule, context);
            return holds;
        }

        context.DividedByZero = false;
        context.Problems.DivisionByZero(rule, span, context);
        return false;
    };
}
