using System.Linq.Expressions;
using InternalControl.Kernel.Concepts;
using InternalControl.Rules.Model;

namespace InternalControl.Rules.Compilation;

/// <summary>What the binder records into the rule model while it binds: each aggregate with its grouping, window and function.</summary>
internal sealed partial class ExpressionBinder
{
    /// <summary>Records an aggregate over marks, absences or scores of the rule being bound.</summary>
    private void RecordAggregate(ValueKind kind, string variable, string aggregate, bool subjectBound, ParameterExpression row, Bound? where, Bound? value, Expression filter, Expression computation, string display, ScoreGroupKey? key) =>
        context.Aggregates.Add(new AggregateDefinition(
            kind switch { ValueKind.Mark => FactType.Mark, ValueKind.Absence => FactType.Absence, _ => FactType.Score },
            variable,
            Function(aggregate),
            kind switch { ValueKind.Score when key is not null => AggregateGrouping.ObjectSheet, ValueKind.Score => AggregateGrouping.School, ValueKind.Mark when subjectBound => AggregateGrouping.PupilSubject, _ => AggregateGrouping.Pupil },
            kind == ValueKind.Score ? CountingWindow.UntilNow : CountingWindow.CurrentTerm,
            row,
            where?.Expression,
            value?.Expression,
            filter,
            computation,
            display,
            key));

    /// <summary>Records an aggregate over the pupil's subjects.</summary>
    private void RecordSubjectAggregate(string variable, string aggregate, ParameterExpression subject, Bound? where, Bound? value, Expression filter, Expression computation, string display) =>
        context.Aggregates.Add(new AggregateDefinition(FactType.Subject, variable, Function(aggregate), AggregateGrouping.PupilSubjects, CountingWindow.Undated, subject, where?.Expression, value?.Expression, filter, computation, display));

    private static AggregateFunction Function(string aggregate) => aggregate switch
    {
        Kw.Sum => AggregateFunction.Sum,
        Kw.Avg => AggregateFunction.Avg,
        Kw.Min => AggregateFunction.Min,
        Kw.Max => AggregateFunction.Max,
        Kw.Exists => AggregateFunction.Exists,
        Kw.None => AggregateFunction.None,
        _ => AggregateFunction.Count,
    };
}
