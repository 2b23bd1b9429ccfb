namespace InternalControl.Workflows.Definitions;

/// <summary>Builds a <see cref="DecideStep"/>: rows tried in order, then the otherwise step.</summary>
public sealed class DecideStepBuilder(string id)
{
    private readonly List<DecisionRow> _rows = [];
    private string _otherwise = "";
    private string? _table;

    /// <summary>Names the decision table the rows come from.</summary>
    public DecideStepBuilder Table(string name)
    {
        _table = name;
        return this;
    }

    /// <summary>Moves to <paramref name="next"/> when <paramref name="variable"/> equals one of <paramref name="values"/>.</summary>
    public DecideStepBuilder When(string variable, IReadOnlyList<string> values, string next) =>
        When([new Condition(variable, ConditionOperator.In, values)], next);

    /// <summary>Moves to <paramref name="next"/> when all conditions hold.</summary>
    public DecideStepBuilder When(IReadOnlyList<Condition> conditions, string next)
    {
        _rows.Add(new DecisionRow(conditions, next));
        return this;
    }

    public DecideStepBuilder Otherwise(string next)
    {
        _otherwise = next;
        return this;
    }

    internal DecideStep Build() => new(id, [.. _rows], _otherwise, _table);
}
