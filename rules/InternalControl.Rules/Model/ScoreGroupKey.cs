using System.Linq.Expressions;

namespace InternalControl.Rules.Model;

/// <summary>
/// The object and sheet a score aggregate's filter fixes (`score y where y.object = x.object and y.sheet = x.sheet ...`,
/// the §3 matrix): the aggregate ranges over that one group of scores, not over the school's. <see cref="Object"/> and
/// <see cref="Sheet"/> are the expressions the filter compares the row's object and sheet with (they do not read the
/// row); <see cref="OfBoundScore"/> says they are the object and sheet of the score the rule binds (`x`), so that NRules
/// can take the group from its group-by element of the binding.
/// </summary>
internal sealed record ScoreGroupKey(Expression Object, Expression Sheet, bool OfBoundScore);
