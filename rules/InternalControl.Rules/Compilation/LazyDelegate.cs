using System.Linq.Expressions;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Compilation;

/// <summary>
/// A rule's actions and witnesses as delegates that compile their expression on first call (finding 2: a 10 MB policy
/// spent most of its check compiling delegates that a check never calls). They run only when a rule fires, so the one
/// extra call is off the condition's hot path.
/// </summary>
internal static class LazyDelegate
{
    public static Func<EvalContext, T> Of<T>(Expression<Func<EvalContext, T>> expression)
    {
        Func<EvalContext, T>? compiled = null;
        return context => (compiled ??= expression.Compile())(context);
    }

    public static Action<EvalContext, List<FactRef>> Of(Expression<Action<EvalContext, List<FactRef>>> expression)
    {
        Action<EvalContext, List<FactRef>>? compiled = null;
        return (context, witnesses) => (compiled ??= expression.Compile())(context, witnesses);
    }
}
