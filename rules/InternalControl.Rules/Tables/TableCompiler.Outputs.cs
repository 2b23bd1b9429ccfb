using System.Linq.Expressions;
using InternalControl.Kernel.Concepts;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.Rules.Model;

namespace InternalControl.Rules.Tables;

/// <summary>Every output of a decision table, not only the first: one lambda per output column (DMN: a multi-output table's result has every output).</summary>
internal static partial class TableCompiler
{
    private static List<TableOutput> OutputFunctions(TableSyntax syntax, List<ColumnSyntax> columns, ValueKind[] kinds, ParameterExpression[] parameters, List<Expression> rowTests, List<object?[]> values, int[] priorityOrder)
    {
        var list = syntax.HitPolicy is Kw.RuleOrder || (syntax.HitPolicy is Kw.Collect && syntax.Aggregator is null);
        var outputs = new List<TableOutput>();
        for (var o = 0; o < columns.Count; o++)
        {
            var cells = values.Select(row => OutputConstant(row[o], kinds[o])).ToList();
            if (list)
            {
                outputs.Add(new TableOutput(columns[o].Name, kinds[o], ListFunction(parameters, rowTests, cells, kinds[o]), true));
                continue;
            }

            var kind = syntax.Aggregator is Kw.Count ? ValueKind.Number : kinds[o];
            outputs.Add(new TableOutput(columns[o].Name, kind, Function(syntax, parameters, rowTests, cells, kinds[o], priorityOrder), false));
        }

        return outputs;
    }

    /// <summary>The values of the output in every row whose inputs match, in row order.</summary>
    private static LambdaExpression ListFunction(ParameterExpression[] parameters, List<Expression> rowTests, List<Expression> cells, ValueKind kind)
    {
        var type = ClrType(kind);
        var listType = typeof(List<>).MakeGenericType(type);
        var list = Expression.Variable(listType, "results");
        var steps = new List<Expression> { Expression.Assign(list, Expression.New(listType)) };
        for (var r = 0; r < rowTests.Count; r++)
        {
            steps.Add(Expression.IfThen(rowTests[r], Expression.Call(list, listType.GetMethod(nameof(List<object>.Add))!, cells[r])));
        }

        steps.Add(Expression.Call(list, listType.GetMethod(nameof(List<object>.ToArray))!));
        return Expression.Lambda(Expression.Block(type.MakeArrayType(), [list], steps), parameters);
    }

    private static Expression OutputConstant(object? value, ValueKind kind) => value switch
    {
        DateOnly date => Expression.Constant(date.DayNumber),
        null => Expression.Default(ClrType(kind)),
        _ => Expression.Constant(value, ClrType(kind)),
    };
}
