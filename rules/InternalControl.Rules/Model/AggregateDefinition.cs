using System.Linq.Expressions;

namespace InternalControl.Rules.Model;

/// <summary>
/// An aggregate of a rule's condition (`avg(mark m where m.kind = "current")`): the fact type it ranges over, its
/// grouping and counting window, its function, and its filter and value as expression trees over <see cref="Row"/>
/// (null when written without). <see cref="Filter"/> is the window and the filter together; <see cref="Computation"/> is
/// the node of the rule's expression trees that computes the aggregate over the grouped rows (the expression-tree
/// engine runs it; NRules replaces a score aggregate's node with the result of an aggregate element). <see cref="Key"/> is
/// the object and sheet of an <see cref="AggregateGrouping.ObjectSheet"/> aggregate.
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
    Expression Filter,
    Expression Computation,
    string Display,
    ScoreGroupKey? Key = null);
