using System.Linq.Expressions;
using InternalControl.Rules.Model;

namespace InternalControl.Rules.Compilation;

/// <summary>
/// A bound name: an entity (its index expression), or a fact row in an aggregate's loop (the row expression,
/// plus the subject index for marks).
/// </summary>
internal sealed record Variable(string Name, ValueKind Kind, Expression Value, Expression? Subject = null);
