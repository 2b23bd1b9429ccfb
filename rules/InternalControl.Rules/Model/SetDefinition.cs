using System.Linq.Expressions;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Model;

/// <summary>`set name = value`: a group or decision for the binding, its value boxed (a date as a DateOnly).</summary>
internal sealed record SetDefinition(string Name, Expression<Func<EvalContext, object?>> Value) : ActionDefinition;
