using System.Linq.Expressions;
using InternalControl.Kernel.Concepts;
using InternalControl.Rules.Model;

namespace InternalControl.Rules.Tables;

/// <summary>
/// A decision matrix with a DMN hit policy. <see cref="Evaluate"/> works for every policy; <see cref="Function"/>
/// is the compiled typed delegate of single-result tables (unique, any, first, priority, collect with an
/// aggregator), e.g. a <c>Func&lt;double, double&gt;</c> for percent -&gt; mark.
/// </summary>
public sealed class DecisionTable
{
    private readonly Expression<Func<object?[], bool>>[] _rowTests;
    private readonly Lazy<Func<object?[], bool>[]> _rows;
    private readonly Lazy<Delegate>? _function;
    private readonly object?[][] _outputs;
    private readonly ValueKind[] _inputKinds;
    private readonly CellSet[][] _cells;

    internal DecisionTable(string name, string hitPolicy, string? aggregator, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, ValueKind[] inputKinds, Expression<Func<object?[], bool>>[] rowTests, object?[][] outputValues, int[] priorityOrder, CellSet[][] cells, LambdaExpression? function)
    {
        // Compiled on first use: a policy's rules inline the table's expression, so a command that only evaluates
        // rules compiles neither the boxed row tests (one delegate a row) nor the typed delegate.
        _rowTests = rowTests;
        _rows = new(() => [.. _rowTests.Select(test => test.Compile())]);
        _function = function is null ? null : new(function.Compile);
        _cells = cells;
        Name = name;
        HitPolicy = hitPolicy;
        Aggregator = aggregator;
        Inputs = inputs;
        Outputs = outputs;
        _inputKinds = inputKinds;
        _outputs = outputValues;
        PriorityOrder = priorityOrder;
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>The hit policy concept: Kw.Unique, Kw.Any, Kw.First, Kw.Priority, Kw.RuleOrder or Kw.Collect.</summary>
    public string HitPolicy { get; }

    /// <summary>For collect: Kw.Sum, Kw.Count, Kw.Min or Kw.Max; null otherwise.</summary>
    public string? Aggregator { get; }

    /// <summary>
    /// The table's report tag (<c>report TAG</c> after its hit policy, <see cref="ReportTag"/>), or null: a feature finds
    /// the table by it, whatever the policy calls it.
    /// </summary>
    public string? Report { get; internal init; }

    /// <summary>Input column names.</summary>
    public IReadOnlyList<string> Inputs { get; }

    /// <summary>Output column names.</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <summary>The compiled typed delegate of a single-result table (first output), or null.</summary>
    public Delegate? Function => _function?.Value;

    /// <summary>
    /// The texts the cells of input column <paramref name="input"/> name, once each, in row order: the keys a table
    /// is written for (e.g. the evaluation sheets of a matrix), for readers that list them. Empty for an unknown column.
    /// </summary>
    public IReadOnlyList<string> TextsOf(string input)
    {
        var column = Inputs.ToList().IndexOf(input);
        return column < 0
            ? []
            : [.. _cells.Where(row => !row[column].AllBut).SelectMany(row => row[column].Texts.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Rows in the order the priority policy tries them.</summary>
    internal int[] PriorityOrder { get; }

    /// <summary>
    /// The outputs of the matching rows as the hit policy chooses them (one row for unique, any, first and
    /// priority; all in row order for rule order and collect; one aggregated row for collect with an aggregator).
    /// Inputs are numbers (any numeric type), strings, bools or DateOnly, in column order.
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Evaluate(params object?[] inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var normalized = new object?[inputs.Length];
        for (var i = 0; i < inputs.Length && i < _inputKinds.Length; i++)
        {
            normalized[i] = inputs[i] switch
            {
                DateOnly date => date.DayNumber,
                string or bool or null => inputs[i],
                var n when _inputKinds[i] == ValueKind.Number => Convert.ToDouble(n, System.Globalization.CultureInfo.InvariantCulture),
                var other => other,
            };
        }

        var order = HitPolicy == Kw.Priority ? PriorityOrder : Enumerable.Range(0, _rowTests.Length).ToArray();
        var rows = _rows.Value;
        var matches = order.Where(r => rows[r](normalized)).ToList();
        if (HitPolicy is Kw.Unique or Kw.Any or Kw.First or Kw.Priority)
        {
            matches = [.. matches.Take(1)];
        }

        if (HitPolicy == Kw.Collect && Aggregator is not null)
        {
            var values = matches.Select(r => Convert.ToDouble(_outputs[r][0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            double result = Aggregator switch
            {
                Kw.Count => values.Count,
                Kw.Sum => values.Sum(),
                Kw.Min => values.Count == 0 ? double.NaN : values.Min(),
                _ => values.Count == 0 ? double.NaN : values.Max(),
            };
            return [new Dictionary<string, object?> { [Outputs[0]] = result }];
        }

        return [.. matches.Select(r => (IReadOnlyDictionary<string, object?>)Outputs.Select((name, i) => (name, value: _outputs[r][i])).ToDictionary(p => p.name, p => p.value))];
    }
}
