using System.Globalization;
using System.Text;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Diagnostics;
using InternalControl.PolicyLanguage.Syntax;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>
/// Puts the rows of a rules decision table into a <c>decide table NAME</c> step: each row becomes a <c>when</c> row
/// over the case variables named like the table's inputs, leading to the step its first output names. The
/// definition then holds the rows (in its hash and its stored text), so a running case keeps the table it started
/// with, as it keeps parameter values.
/// </summary>
internal static class TableResolver
{
    private static readonly string[] SingleHit = [Kw.Unique, Kw.Any, Kw.First, Kw.Priority];

    /// <summary>Replaces each table-driven decide step; the whole step's text goes to <paramref name="replacements"/>.</summary>
    public static void Resolve(WorkflowSyntax syntax, List<StepSyntax> steps, WorkflowScope scope, List<Diagnostic> diagnostics, Dictionary<SourceSpan, string> replacements)
    {
        foreach (var use in syntax.Tables)
        {
            var index = steps.FindIndex(s => s.Step.Id == use.Step);
            if (index < 0 || steps[index].Step is not DecideStep decide)
            {
                continue;
            }

            if (!scope.Tables.TryGetValue(use.Name, out var table))
            {
                diagnostics.Add(Diagnostic.Error("IC2204", use.Span, "Workflows.Binding.UnknownTable", use.Name, AsWritten(use.Name)));
                continue;
            }

            var rows = Rows(table, scope, use, diagnostics, out var catchAll);
            if (rows is null)
            {
                continue;
            }

            var resolved = decide with { Rows = rows, Otherwise = catchAll ?? decide.Otherwise };
            steps[index] = steps[index] with { Step = resolved };
            replacements[steps[index].Span] = Render(resolved);
        }
    }

    private static List<DecisionRow>? Rows(TableSyntax table, WorkflowScope scope, TableUse use, List<Diagnostic> diagnostics, out string? catchAll)
    {
        catchAll = null;
        if (!SingleHit.Contains(table.HitPolicy))
        {
            diagnostics.Add(Diagnostic.Error("IC2205", use.Span, "Workflows.Binding.TableHitPolicy", table.Name));
            return null;
        }

        var inputs = table.Columns.Select((c, i) => (Column: c, Index: i)).Where(c => c.Column.IsInput).ToList();
        var output = table.Columns.Select((c, i) => (Column: c, Index: i)).FirstOrDefault(c => !c.Column.IsInput);
        if (output.Column is null)
        {
            diagnostics.Add(Diagnostic.Error("IC2206", use.Span, "Workflows.Binding.TableOutput", table.Name));
            return null;
        }

        var rows = new List<DecisionRow>();
        foreach (var row in Ordered(table, output))
        {
            var next = output.Index < row.Cells.Count && row.Cells[output.Index] is { Operator: null, Values: [var value] } ? Text(value, scope) : null;
            if (next is null)
            {
                diagnostics.Add(Diagnostic.Error("IC2206", row.Span, "Workflows.Binding.TableOutput", table.Name));
                return null;
            }

            var conditions = new List<Condition>();
            foreach (var (column, i) in inputs)
            {
                var cell = i < row.Cells.Count ? row.Cells[i] : null;
                if (cell is null || cell.IsAny)
                {
                    continue;
                }

                var condition = Conditions(column.Name, cell, scope);
                if (condition is null)
                {
                    diagnostics.Add(Diagnostic.Error("IC2207", cell.Span, "Workflows.Binding.TableCell", table.Name));
                    return null;
                }

                conditions.AddRange(condition);
            }

            if (conditions.Count == 0)
            {
                // A row of "-" matches every case: the rows after it are never reached, and it is the otherwise.
                catchAll = next;
                break;
            }

            rows.Add(new DecisionRow(conditions, next));
        }

        return rows;
    }

    /// <summary>The rows in the order the hit policy tries them: as written, or by the output's priority list.</summary>
    private static IEnumerable<TableRowSyntax> Ordered(TableSyntax table, (ColumnSyntax Column, int Index) output)
    {
        if (table.HitPolicy != Kw.Priority || output.Column.Domain is not { } priority)
        {
            return table.Rows;
        }

        var order = priority.Select(v => Text(v, WorkflowScope.Empty)).ToList();
        return table.Rows.OrderBy(r => output.Index < r.Cells.Count && r.Cells[output.Index].Values is [var v] && order.IndexOf(Text(v, WorkflowScope.Empty) ?? "") is >= 0 and var at ? at : order.Count);
    }

    private static List<Condition>? Conditions(string variable, CellSyntax cell, WorkflowScope scope)
    {
        if (cell.Operator is { } op)
        {
            var value = cell.Values.Count == 1 ? Text(cell.Values[0], scope) : null;
            ConditionOperator? kind = op switch
            {
                "=" => ConditionOperator.In,
                "!=" or "<>" => ConditionOperator.NotIn,
                "<" => ConditionOperator.Less,
                "<=" => ConditionOperator.AtMost,
                ">" => ConditionOperator.Greater,
                ">=" => ConditionOperator.AtLeast,
                _ => null,
            };
            return value is null || kind is null ? null : [new Condition(variable, kind.Value, [value])];
        }

        if (cell.Values is [RangeSyntax range])
        {
            var low = Text(range.Low, scope);
            var high = Text(range.High, scope);
            return low is null || high is null
                ? null
                : [new Condition(variable, ConditionOperator.AtLeast, [low]), new Condition(variable, ConditionOperator.AtMost, [high])];
        }

        var values = cell.Values.Select(v => Text(v, scope)).ToList();
        return values.Count == 0 || values.Any(v => v is null) ? null : [new Condition(variable, ConditionOperator.In, [.. values!])];
    }

    /// <summary>A cell value as a case variable compares with it: numbers invariant, strings and names as written, parameters by value.</summary>
    private static string? Text(ExpressionSyntax value, WorkflowScope scope) => value switch
    {
        LiteralSyntax { Value: string s } => s,
        LiteralSyntax { Value: double d } => d.ToString(CultureInfo.InvariantCulture),
        LiteralSyntax { Value: bool b } => b ? "true" : "false",
        UnarySyntax { Operator: "-", Operand: LiteralSyntax { Value: double d } } => (-d).ToString(CultureInfo.InvariantCulture),
        NameSyntax n when scope.Parameters.TryGetValue(n.Name, out var p) => Convert.ToString(p, CultureInfo.InvariantCulture),
        NameSyntax n => n.Name,
        _ => null,
    };

    /// <summary>The step as policy text with the table's rows written out, so that the stored text parses on its own.</summary>
    private static string Render(DecideStep step)
    {
        var text = new StringBuilder();
        text.Append("step ").Append(step.Id).Append(" : decide table ").Append(Quote(step.Table ?? ""));
        foreach (var row in step.Rows)
        {
            text.Append(" when ");
            text.AppendJoin(" and ", row.When.Select(c => c.Variable + " " + c.Operator switch
            {
                ConditionOperator.In => "in [" + string.Join(" , ", c.Values.Select(Quote)) + "]",
                ConditionOperator.NotIn => "not in [" + string.Join(" , ", c.Values.Select(Quote)) + "]",
                ConditionOperator.AtMost => "<= " + Quote(c.Values[0]),
                ConditionOperator.AtLeast => ">= " + Quote(c.Values[0]),
                ConditionOperator.Less => "< " + Quote(c.Values[0]),
                _ => "> " + Quote(c.Values[0]),
            }));
            text.Append(" -> ").Append(row.Next == WorkflowDefinition.Join ? "join" : row.Next);
        }

        return text.Append(" otherwise -> ").Append(step.Otherwise == WorkflowDefinition.Join ? "join" : step.Otherwise).ToString();
    }

    /// <summary>
    /// A value as the stored text writes it: bare when the parser reads it back as that text, a number or a minus and a
    /// number (`2`, `-1.5`), quoted otherwise.
    /// </summary>
    private static string Quote(string value) =>
        PolicyLanguage.Tokens.Tokenizer.IsNumber(value.StartsWith('-') ? value[1..] : value) ? value : "\"" + value + "\"";

    /// <summary>
    /// The table's name as its declaration must write it: bare when it reads as one word, quoted otherwise
    /// (<c>decide table "cause routing"</c> is declared <c>table "cause routing" hit first</c>, never <c>table cause routing</c>).
    /// </summary>
    private static string AsWritten(string name) => PolicyLanguage.Tokens.Tokenizer.IsName(name) ? name : "\"" + name + "\"";
}
