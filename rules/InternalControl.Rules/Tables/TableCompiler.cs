using System.Globalization;
using System.Linq.Expressions;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Time;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.Rules.Compilation;
using InternalControl.Rules.Model;

namespace InternalControl.Rules.Tables;

/// <summary>
/// Compiles a decision table: each input cell to a test on its column's value, the rows to an if-chain (or an
/// accumulation for collect with an aggregator), and checks at compile time what can be proved: overlapping
/// rows under the unique policy (IC1301) and inputs of an enumerated domain that no row covers (IC1302).
/// </summary>
internal static partial class TableCompiler
{
    public static TableModel? Compile(TableSyntax syntax, BindContext context)
    {
        var inputs = syntax.Columns.Where(c => c.IsInput).ToList();
        var outputs = syntax.Columns.Where(c => !c.IsInput).ToList();
        if (inputs.Count == 0 || outputs.Count == 0)
        {
            context.Error("IC1304", syntax.Span, "Rules.TableColumns", syntax.Name);
            return null;
        }

        var errors = context.Diagnostics.Count;
        var binder = new ExpressionBinder(context, []);
        var columnIndex = syntax.Columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var inputKinds = inputs.Select(c => KindOf(c, syntax, columnIndex[c], binder)).ToArray();
        var outputKinds = outputs.Select(c => KindOf(c, syntax, columnIndex[c], binder)).ToArray();
        var parameters = inputs.Select((c, i) => Expression.Parameter(ClrType(inputKinds[i]), c.Name)).ToArray();
        var boxed = Expression.Parameter(typeof(object?[]), "inputs");

        var rowTests = new List<Expression>();
        var rowBoxedTests = new List<Expression<Func<object?[], bool>>>();
        var rowSets = new List<CellSet[]>();
        var outputValues = new List<object?[]>();
        var outputExpressions = new List<Expression>();
        foreach (var row in syntax.Rows)
        {
            var tests = new List<Expression>();
            var boxedTests = new List<Expression>();
            var sets = new CellSet[inputs.Count];
            for (var i = 0; i < inputs.Count; i++)
            {
                var cell = row.Cells[columnIndex[inputs[i]]];
                var test = CellTest(cell, parameters[i], inputKinds[i], binder, context, out sets[i]);
                tests.Add(test);
                boxedTests.Add(Expression.Invoke(Expression.Lambda(test, parameters[i]), Expression.Convert(Expression.ArrayIndex(boxed, Expression.Constant(i)), parameters[i].Type)));
            }

            var all = tests.Aggregate((Expression)Expression.Constant(true), Expression.AndAlso);
            rowTests.Add(all);
            var boxedAll = boxedTests.Aggregate((Expression)Expression.Constant(true), Expression.AndAlso);
            rowBoxedTests.Add(Expression.Lambda<Func<object?[], bool>>(boxedAll, boxed));
            rowSets.Add(sets);
            var values = new object?[outputs.Count];
            for (var o = 0; o < outputs.Count; o++)
            {
                var cell = row.Cells[columnIndex[outputs[o]]];
                var bound = cell.Values.Count == 1 && cell.Operator is null ? binder.Bind(cell.Values[0]) : null;
                if (bound is null)
                {
                    context.Error("IC1305", cell.Span, "Rules.TableOutputValue", outputs[o].Name);
                    continue;
                }

                if (bound.Kind != outputKinds[o])
                {
                    context.Error("IC1203", cell.Span, "Rules.TableOutputKind", outputs[o].Name, ExpressionBinder.KindName(outputKinds[o]), ExpressionBinder.KindName(bound.Kind));
                    continue;
                }

                values[o] = Constant(bound);
                if (o == 0)
                {
                    outputExpressions.Add(bound.Expression);
                }
            }

            outputValues.Add(values);
        }

        if (context.Diagnostics.Count > errors)
        {
            return null;
        }

        var priorityOrder = PriorityOrder(outputs[0], outputValues, binder);
        Check(syntax, context, inputs, inputKinds, rowSets, binder);
        var function = Function(syntax, parameters, rowTests, outputExpressions, outputKinds[0], priorityOrder);
        var table = new DecisionTable(syntax.Name, syntax.HitPolicy, syntax.Aggregator, inputs.Select(c => c.Name).ToList(), outputs.Select(c => c.Name).ToList(), inputKinds, [.. rowBoxedTests], [.. outputValues], priorityOrder, [.. rowSets], function) { Report = syntax.Report };

        var canonical = $"table {syntax.Name} {syntax.HitPolicy} {syntax.Aggregator} rows={syntax.Rows.Count}";
        return new TableModel(table, function, inputKinds, syntax.Aggregator is Kw.Count ? ValueKind.Number : outputKinds[0], canonical)
        {
            Outputs = OutputFunctions(syntax, outputs, outputKinds, parameters, rowTests, outputValues, priorityOrder),
        };
    }

    private static LambdaExpression? Function(TableSyntax syntax, ParameterExpression[] parameters, List<Expression> rowTests, List<Expression> outputs, ValueKind outputKind, int[] priorityOrder)
    {
        var type = ClrType(outputKind);
        var none = Default(outputKind);
        switch (syntax.HitPolicy)
        {
            case Kw.Unique or Kw.Any or Kw.First or Kw.Priority:
                var order = syntax.HitPolicy == Kw.Priority ? priorityOrder : Enumerable.Range(0, rowTests.Count).ToArray();
                Expression chain = Expression.Constant(none, type);
                foreach (var r in order.Reverse())
                {
                    chain = Expression.Condition(rowTests[r], outputs[r], chain);
                }

                return Expression.Lambda(chain, parameters);
            case Kw.Collect when syntax.Aggregator is not null && (outputKind == ValueKind.Number || syntax.Aggregator == Kw.Count):
                var acc = Expression.Variable(typeof(double), "acc");
                var count = Expression.Variable(typeof(int), "count");
                var steps = new List<Expression>
                {
                    Expression.Assign(acc, Expression.Constant(syntax.Aggregator switch { Kw.Min => double.PositiveInfinity, Kw.Max => double.NegativeInfinity, _ => 0d })),
                    Expression.Assign(count, Expression.Constant(0)),
                };
                for (var r = 0; r < rowTests.Count; r++)
                {
                    Expression update = syntax.Aggregator switch
                    {
                        Kw.Sum => Expression.AddAssign(acc, outputs[r]),
                        Kw.Min => Expression.Assign(acc, Expression.Call(typeof(Math), nameof(Math.Min), null, acc, outputs[r])),
                        Kw.Max => Expression.Assign(acc, Expression.Call(typeof(Math), nameof(Math.Max), null, acc, outputs[r])),
                        _ => Expression.Empty(),
                    };
                    steps.Add(Expression.IfThen(rowTests[r], Expression.Block(Expression.PreIncrementAssign(count), update)));
                }

                steps.Add(syntax.Aggregator switch
                {
                    Kw.Count => Expression.Convert(count, typeof(double)),
                    Kw.Sum => acc,
                    _ => Expression.Condition(Expression.Equal(count, Expression.Constant(0)), Expression.Constant(double.NaN), acc),
                });
                return Expression.Lambda(Expression.Block(typeof(double), [acc, count], steps), parameters);
            default:
                return null;
        }
    }

    private static int[] PriorityOrder(ColumnSyntax output, List<object?[]> values, ExpressionBinder binder)
    {
        if (output.Domain is null)
        {
            return [.. Enumerable.Range(0, values.Count)];
        }

        var ranked = output.Domain.Select(d => Constant(binder.Bind(d))).ToList();
        return [.. Enumerable.Range(0, values.Count).OrderBy(r =>
        {
            var rank = ranked.FindIndex(v => Equals(v, values[r][0]));
            return rank < 0 ? int.MaxValue : rank;
        })];
    }

    internal static object? Constant(Bound bound)
    {
        if (bound.Expression is not ConstantExpression constant)
        {
            return null;
        }

        return bound.Kind == ValueKind.Date && constant.Value is int day ? DateOnly.FromDayNumber(day) : constant.Value;
    }

    internal static Type ClrType(ValueKind kind) => kind switch
    {
        ValueKind.Text => typeof(string),
        ValueKind.Bool => typeof(bool),
        ValueKind.Date => typeof(int),
        _ => typeof(double),
    };

    private static object? Default(ValueKind kind) => kind switch
    {
        ValueKind.Text => null,
        ValueKind.Bool => false,
        ValueKind.Date => 0,
        _ => double.NaN,
    };

    private static ValueKind KindOf(ColumnSyntax column, TableSyntax table, int index, ExpressionBinder binder)
    {
        var samples = (column.Domain ?? []).Concat(table.Rows.SelectMany(r => r.Cells[index].Values));
        foreach (var sample in samples)
        {
            var literal = sample is RangeSyntax range ? range.Low : sample;
            if (literal is LiteralSyntax or NameSyntax)
            {
                return binder.Bind(literal).Kind;
            }
        }

        return ValueKind.Number;
    }

    internal static string Format(object? value) => value switch
    {
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly date => IsoDate.Text(date),
        bool flag => flag ? "true" : "false",
        null => "-",
        _ => value.ToString() ?? "",
    };
}
