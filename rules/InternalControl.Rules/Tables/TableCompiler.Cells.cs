using System.Linq.Expressions;
using InternalControl.Kernel.Concepts;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.Rules.Compilation;
using InternalControl.Rules.Model;

namespace InternalControl.Rules.Tables;

/// <summary>Cells: a test on the column's value, and the set of values the cell accepts for the compile-time checks.</summary>
internal static partial class TableCompiler
{
    private const int MaxCombinations = 20_000;

    private static Expression CellTest(CellSyntax cell, ParameterExpression input, ValueKind kind, ExpressionBinder binder, BindContext context, out CellSet set)
    {
        var test = BoundCellTest(cell, input, kind, binder, out set);
        if (!RunValueFinder.ReadsRunValues(test, input))
        {
            return test;
        }

        // A table is a function of its inputs: a cell cannot read `now` or a fact; the rule passes such a value as an input.
        context.Error("IC1254", cell.Span, "Rules.TableCellRunValue", input.Name!);
        set = CellSet.Unknowable;
        return Expression.Constant(false);
    }

    private static Expression BoundCellTest(CellSyntax cell, ParameterExpression input, ValueKind kind, ExpressionBinder binder, out CellSet set)
    {
        if (cell.IsAny)
        {
            set = CellSet.Anything;
            return Expression.Constant(true);
        }

        var probe = new NameSyntax(cell.Span, input.Name!, null);
        var variables = new Dictionary<string, Variable> { [input.Name!] = new Variable(input.Name!, kind, input) };
        var scoped = binder.With(variables);
        if (cell.Operator is not null)
        {
            var test = scoped.BindCondition(new BinarySyntax(cell.Span, cell.Operator, probe, cell.Values[0]));
            set = SetOf(cell.Operator, [cell.Values[0]], kind, binder);
            return test.Expression;
        }

        var condition = scoped.BindCondition(new InSyntax(cell.Span, probe, cell.Values, false));
        set = SetOf(null, cell.Values, kind, binder);
        return condition.Expression;
    }

    private static CellSet SetOf(string? op, IReadOnlyList<ExpressionSyntax> values, ValueKind kind, ExpressionBinder binder)
    {
        var numeric = kind is ValueKind.Number or ValueKind.Date;
        var intervals = new List<Interval>();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (value is RangeSyntax range)
            {
                if (Number(binder, range.Low) is not { } low || Number(binder, range.High) is not { } high)
                {
                    return CellSet.Unknowable;
                }

                intervals.Add(new Interval(low, true, high, true));
                continue;
            }

            var constant = Constant(binder.Bind(value));
            switch (constant)
            {
                case null:
                    return CellSet.Unknowable;
                case double or DateOnly when numeric:
                    var n = constant is DateOnly d ? d.DayNumber : (double)constant;
                    intervals.AddRange(op switch
                    {
                        "<" => [new Interval(double.NegativeInfinity, false, n, false)],
                        "<=" => [new Interval(double.NegativeInfinity, false, n, true)],
                        ">" => [new Interval(n, false, double.PositiveInfinity, false)],
                        ">=" => [new Interval(n, true, double.PositiveInfinity, false)],
                        "!=" => [new Interval(double.NegativeInfinity, false, n, false), new Interval(n, false, double.PositiveInfinity, false)],
                        _ => [Interval.Point(n)],
                    });
                    break;
                default:
                    texts.Add(constant is bool b ? (b ? "true" : "false") : constant.ToString() ?? "");
                    break;
            }
        }

        return new CellSet(false, false, intervals, texts, op == "!=" && !numeric);
    }

    private static double? Number(ExpressionBinder binder, ExpressionSyntax syntax) => Constant(binder.Bind(syntax)) switch
    {
        double d => d,
        DateOnly date => date.DayNumber,
        _ => null,
    };

    private static void Check(TableSyntax syntax, BindContext context, List<ColumnSyntax> inputs, ValueKind[] kinds, List<CellSet[]> rows, ExpressionBinder binder)
    {
        if (syntax.HitPolicy == Kw.Unique)
        {
            for (var a = 0; a < rows.Count; a++)
            {
                for (var b = a + 1; b < rows.Count; b++)
                {
                    if (rows[a].Zip(rows[b]).All(p => p.First.Overlaps(p.Second)))
                    {
                        context.Error("IC1301", syntax.Rows[b].Span, "Rules.TableOverlap", syntax.Name, a + 1, b + 1);
                        return;
                    }
                }
            }
        }

        var domains = new List<List<object>>();
        foreach (var (column, kind) in inputs.Zip(kinds))
        {
            var tooLarge = 0L;
            if (column.Domain is null || Expand(column.Domain, kind, binder, out tooLarge) is not { } values)
            {
                // A domain that cannot be listed is not checked; one too large to go through is said to be skipped (finding 10).
                if (tooLarge > 0)
                {
                    context.Warning("IC1253", syntax.Span, "Rules.TableGapSkipped", syntax.Name, tooLarge, MaxCombinations);
                }

                return;
            }

            domains.Add(values);
        }

        // Counted up to the first product over the bound, so that many wide columns cannot overflow.
        var combinations = domains.Aggregate(1L, (n, d) => n > MaxCombinations ? n : n * d.Count);
        if (combinations > MaxCombinations)
        {
            context.Warning("IC1253", syntax.Span, "Rules.TableGapSkipped", syntax.Name, combinations, MaxCombinations);
            return;
        }

        foreach (var combination in Combinations(domains, 0, []))
        {
            if (!rows.Any(r => r.Zip(combination).All(p => p.First.Unknown || p.First.Contains(p.Second))))
            {
                var shown = string.Join(", ", inputs.Zip(combination).Select(p => $"{p.First.Name} = {Format(p.Second is double d && kinds[inputs.IndexOf(p.First)] == ValueKind.Date ? DateOnly.FromDayNumber((int)d) : p.Second)}"));
                context.Error("IC1302", syntax.Span, "Rules.TableGap", syntax.Name, shown);
                return;
            }
        }
    }

    /// <summary>The domain's values: listed values, and whole numbers of listed ranges.</summary>
    /// <remarks><paramref name="tooLarge"/> is the size of a range too large to list (null is then returned), else 0.</remarks>
    private static List<object>? Expand(IReadOnlyList<ExpressionSyntax> domain, ValueKind kind, ExpressionBinder binder, out long tooLarge)
    {
        tooLarge = 0;
        var values = new List<object>();
        foreach (var item in domain)
        {
            if (item is RangeSyntax range)
            {
                if (Number(binder, range.Low) is not { } low || Number(binder, range.High) is not { } high)
                {
                    return null;
                }

                if (high - low > MaxCombinations)
                {
                    tooLarge = (long)Math.Min(high - low + 1, long.MaxValue);
                    return null;
                }

                for (var v = Math.Ceiling(low); v <= high; v++)
                {
                    values.Add(v);
                }

                continue;
            }

            switch (Constant(binder.Bind(item)))
            {
                case DateOnly date:
                    values.Add((double)date.DayNumber);
                    break;
                case { } value:
                    values.Add(value);
                    break;
                default:
                    return null;
            }
        }

        _ = kind;
        return values;
    }

    private static IEnumerable<object[]> Combinations(List<List<object>> domains, int depth, List<object> prefix)
    {
        if (depth == domains.Count)
        {
            yield return [.. prefix];
            yield break;
        }

        foreach (var value in domains[depth])
        {
            prefix.Add(value);
            foreach (var combination in Combinations(domains, depth + 1, prefix))
            {
                yield return combination;
            }

            prefix.RemoveAt(prefix.Count - 1);
        }
    }
}
