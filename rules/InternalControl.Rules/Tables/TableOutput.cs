using System.Linq.Expressions;
using InternalControl.Rules.Model;

namespace InternalControl.Rules.Tables;

/// <summary>
/// One output column of a decision table as rules read it (`approval(19, "Medium", true).rate`): its name, the kind of its
/// value, and a typed lambda over the inputs that gives the value (hit policies unique, any, first, priority, collect with
/// an aggregator) or, when <paramref name="IsList"/>, an array of the values of every matching row (rule_order in row
/// order, collect without an aggregator).
/// </summary>
internal sealed record TableOutput(string Name, ValueKind Kind, LambdaExpression? Function, bool IsList);
