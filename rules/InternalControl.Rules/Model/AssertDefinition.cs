using System.Linq.Expressions;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Model;

/// <summary>`assert name(p[, s]) [= value]`: the derived fact, its subject (null for a pupil fact) and its value (null for 1).</summary>
internal sealed record AssertDefinition(
    DerivedFactType Fact,
    Expression<Func<EvalContext, int>>? Subject,
    Expression<Func<EvalContext, double>>? Value) : ActionDefinition;
