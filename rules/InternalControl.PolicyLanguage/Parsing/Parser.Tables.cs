using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Text;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Tokens;
using InternalControl.PolicyLanguage.Vocabularies;

namespace InternalControl.PolicyLanguage.Parsing;

/// <summary>Decision tables: `table name hit policy [aggregator]`, a header line of columns, rows of cells separated by '|'.</summary>
internal sealed partial class Parser
{
    private static readonly string[] HitPolicies = [Kw.Unique, Kw.Any, Kw.First, Kw.Priority, Kw.RuleOrder, Kw.Collect];
    private static readonly string[] CollectAggregators = [Kw.Sum, Kw.Count, Kw.Min, Kw.Max];
    private static readonly string[] CellOperators = ["<", "<=", ">", ">=", "!=", "<>", "="];

    private TableSyntax ParseTable()
    {
        var start = _cursor.Next().Span;
        var name = _cursor.Current.Kind == TokenKind.String ? _cursor.Next().Value : _cursor.ExpectIdentifier().Text;
        _cursor.ExpectKeyword(Kw.Hit);
        var hit = _cursor.Current;
        string? aggregator = null;
        if (hit.Kind == TokenKind.Keyword && HitPolicies.Contains(hit.Concept))
        {
            _cursor.Next();
            if (hit.Concept == Kw.Collect && _cursor.Current.Kind == TokenKind.Keyword && CollectAggregators.Contains(_cursor.Current.Concept))
            {
                aggregator = _cursor.Next().Concept;
            }
        }
        else if (!Failed)
        {
            _cursor.ReportExpected(new TextArgument("Rules.Token.HitPolicy"), ["Kw"]);
        }

        var reportSpan = !Failed && _cursor.TryKeyword(Kw.Report) ? _cursor.Current.Span : null;
        var report = reportSpan is null ? null : TableTag();
        var columns = new List<ColumnSyntax>();
        while (!Failed && (_cursor.IsKeyword(Kw.Input) || _cursor.IsKeyword(Kw.Output)))
        {
            var column = _cursor.Next();
            var columnName = _cursor.ExpectIdentifier().Text;
            IReadOnlyList<ExpressionSyntax>? domain = _cursor.TryKeyword(Kw.In) ? ParseInItems() : null;
            columns.Add(new ColumnSyntax(column.Span.Through(_cursor.Previous.Span), column.IsKeyword(Kw.Input), columnName, domain));
            if (!_cursor.TrySymbol("|"))
            {
                break;
            }
        }

        var rows = new List<TableRowSyntax>();
        _rowLines = true;
        while (!Failed && columns.Count > 0 && !_cursor.IsKeyword(Kw.End) && !_cursor.AtEnd)
        {
            var rowStart = _cursor.Current.Span;
            var cells = new List<CellSyntax>();
            for (var i = 0; i < columns.Count && !Failed; i++)
            {
                if (i > 0)
                {
                    _cursor.ExpectSymbol("|");
                }

                cells.Add(ParseCell());
            }

            rows.Add(new TableRowSyntax(rowStart.Through(_cursor.Previous.Span), cells));
        }

        _rowLines = false;
        _cursor.ExpectKeyword(Kw.End);
        return new TableSyntax(start.Through(_cursor.Previous.Span), name, hit.Concept ?? Kw.Unique, aggregator, columns, rows) { Report = report, ReportSpan = report is null ? null : reportSpan };
    }

    /// <summary>
    /// The table's report tag (`report group`: what a feature reads the table as, <see cref="ReportTag"/>); another name
    /// is IC2106 with the nearest tag, or with every tag when none is near, as in a workflow. Whether the tag is a table's
    /// is checked with the policy set (IC2109, Workflows' ReportTagChecker), so the table's columns still parse.
    /// </summary>
    private string? TableTag()
    {
        var token = _cursor.Current;
        // A tag may be spelled like a keyword of the language (`decision`); it is read as the name it is.
        var tag = token.Kind == TokenKind.Keyword ? _cursor.Next().Text : _cursor.ExpectIdentifier().Text;
        if (ReportTag.All.Contains(tag) || tag.Length == 0)
        {
            return tag.Length == 0 ? null : tag;
        }

        if (Suggestions.Best(tag, ReportTag.All) is { } suggestion)
        {
            _cursor.Report("IC2106", token.Span, "Workflows.Syntax.ReportTagDidYouMean", tag, suggestion);
        }
        else
        {
            _cursor.Report("IC2106", token.Span, "Workflows.Syntax.ReportTag", tag, string.Join(", ", ReportTag.All));
        }

        return null;
    }

    private CellSyntax ParseCell()
    {
        var token = _cursor.Current;

        // A lone '-' (not followed by a number on the same line) means "any value".
        if (token.IsSymbol("-") && !(_cursor.Peek(1).Kind == TokenKind.Number && _cursor.Peek(1).Span.Line == token.Span.Line))
        {
            _cursor.Next();
            return new CellSyntax(token.Span, null, []);
        }

        if (token.Kind == TokenKind.Symbol && CellOperators.Contains(token.Text))
        {
            _cursor.Next();
            var value = ParseAdditive();
            var op = token.Text == "<>" ? "!=" : token.Text;
            return new CellSyntax(token.Span.Through(value.Span), op, [value]);
        }

        // "[]" would be a cell with no values, which is how "-" (any value) reads: an empty list is refused at its ']'
        // instead of matching every value.
        if (token.IsSymbol("[") && _cursor.IsSymbol("]", 1))
        {
            _cursor.Next();
            _cursor.ReportExpected(new TextArgument("Rules.Token.Expression"), null);
            return new CellSyntax(token.Span, null, []);
        }

        var values = new List<ExpressionSyntax>();
        if (token.IsSymbol("["))
        {
            values.AddRange(ParseInItems());
        }
        else
        {
            values.Add(ParseRangeOrValue());
            while (!Failed && _cursor.TrySymbol(","))
            {
                values.Add(ParseRangeOrValue());
            }
        }

        return new CellSyntax(token.Span.Through(_cursor.Previous.Span), null, values);
    }
}
