using System.Linq.Expressions;

namespace InternalControl.Rules.Model;

/// <summary>
/// An aggregate of a rule's condition (`avg(mark m where m.kind = "current")`): the fact type it ranges over, its
/// grouping and counting window, its function, and its filter and value as expression trees over <see cref="Row"/>
/// (null when written without). The condition's expression tree computes it over the grouped rows.
/// </summary>
internal sealed record AggregateDefinition(
    FactType Over,
    string Variable,
    AggregateFunction Function,
    AggregateGrouping Grouping,
    CountingWindow Window,
    ParameterExpression Row,
    Expression? Where,
    Expression? Value,
    string Display);
