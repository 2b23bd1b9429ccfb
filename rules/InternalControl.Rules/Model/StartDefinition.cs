using System.Linq.Expressions;
using InternalControl.Rules.Runtime;

namespace InternalControl.Rules.Model;

/// <summary>`start "workflow" for k1, k2`: the workflow and its key parts as text.</summary>
internal sealed record StartDefinition(string Workflow, IReadOnlyList<Expression<Func<EvalContext, string>>> Keys) : ActionDefinition;
