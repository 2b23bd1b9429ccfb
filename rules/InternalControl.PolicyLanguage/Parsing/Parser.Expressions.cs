using System.Globalization;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Time;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Tokens;
using InternalControl.PolicyLanguage.Vocabularies;

namespace InternalControl.PolicyLanguage.Parsing;

/// <summary>Expressions: or &lt; and &lt; not &lt; comparison and in &lt; + - &lt; * / &lt; unary minus &lt; .field &lt; primary.</summary>
internal sealed partial class Parser
{
    private static readonly string[] Comparisons = ["=", "!=", "<>", "<", "<=", ">", ">="];
    private static readonly string[] Aggregates = [Kw.Count, Kw.Sum, Kw.Avg, Kw.Min, Kw.Max, Kw.Exists, Kw.None];

    private bool _rowLines;

    // How deep the expression being parsed is: each parenthesis, operator and aggregate adds a level, so that
    // neither nesting ((((...)))) nor a long chain (1 + 1 + ... or a and b and ...) builds a tree deeper than
    // MaxExpressionDepth, which every later pass (binding, compiling, formatting) walks recursively.
    private int _depth;

    private ExpressionSyntax ParseExpression()
    {
        var level = _depth;
        var expression = TooDeep() ? Placeholder() : ParseOr();
        _depth = level;
        return expression;
    }

    /// <summary>
    /// Adds a level to the expression; past <see cref="PolicyParser.MaxExpressionDepth"/> reports IC1103 once at the
    /// current token and answers true, so that the parser stops descending.
    /// </summary>
    private bool TooDeep()
    {
        if (++_depth <= PolicyParser.MaxExpressionDepth)
        {
            return false;
        }

        if (!Failed)
        {
            _cursor.Report("IC1103", _cursor.Current.Span, "Rules.Syntax.TooDeep", PolicyParser.MaxExpressionDepth);
        }

        return true;
    }

    // What an expression too deep to parse stands in for: parsing has failed, so nothing reads it.
    private LiteralSyntax Placeholder() => new(_cursor.Current.Span, false);

    private ExpressionSyntax ParseOr()
    {
        var level = _depth;
        var left = ParseAnd();
        while (!Failed && _cursor.TryKeyword(Kw.Or) && !TooDeep())
        {
            var right = ParseAnd();
            left = new BinarySyntax(left.Span.Through(right.Span), "or", left, right);
        }

        _depth = level;
        return left;
    }

    private ExpressionSyntax ParseAnd()
    {
        var level = _depth;
        var left = ParseNot();
        while (!Failed && _cursor.TryKeyword(Kw.And) && !TooDeep())
        {
            var right = ParseNot();
            left = new BinarySyntax(left.Span.Through(right.Span), "and", left, right);
        }

        _depth = level;
        return left;
    }

    private ExpressionSyntax ParseNot()
    {
        var token = _cursor.Current;
        if (_cursor.TryKeyword(Kw.Not))
        {
            var level = _depth;
            var operand = TooDeep() ? Placeholder() : ParseNot();
            _depth = level;
            return new UnarySyntax(token.Span.Through(operand.Span), "not", operand);
        }

        return ParseComparison();
    }

    private ExpressionSyntax ParseComparison()
    {
        var left = ParseAdditive();
        if (Failed)
        {
            return left;
        }

        var token = _cursor.Current;
        if (token.Kind == TokenKind.Symbol && Comparisons.Contains(token.Text))
        {
            _cursor.Next();
            var right = ParseAdditive();
            return new BinarySyntax(left.Span.Through(right.Span), token.Text == "<>" ? "!=" : token.Text, left, right);
        }

        var negated = _cursor.IsKeyword(Kw.Not) && _cursor.IsKeyword(Kw.In, 1);
        if (negated)
        {
            _cursor.Next();
        }

        if (_cursor.TryKeyword(Kw.In))
        {
            var items = ParseInItems();
            return new InSyntax(left.Span.Through(_cursor.Previous.Span), left, items, negated);
        }

        return left;
    }

    /// <summary>`[a, b, c..d]` or a bare range `a..b`.</summary>
    private List<ExpressionSyntax> ParseInItems()
    {
        var items = new List<ExpressionSyntax>();
        if (!_cursor.TrySymbol("["))
        {
            items.Add(ParseRangeOrValue());
            return items;
        }

        while (!Failed && !_cursor.IsSymbol("]"))
        {
            items.Add(ParseRangeOrValue());
            if (!_cursor.TrySymbol(","))
            {
                break;
            }
        }

        _cursor.ExpectSymbol("]");
        return items;
    }

    private ExpressionSyntax ParseRangeOrValue()
    {
        var low = ParseAdditive();
        if (Failed || !_cursor.TrySymbol(".."))
        {
            return low;
        }

        var high = ParseAdditive();
        return new RangeSyntax(low.Span.Through(high.Span), low, high);
    }

    private ExpressionSyntax ParseAdditive()
    {
        var level = _depth;
        var left = ParseMultiplicative();
        // In a table a row ends at the line's end: "4" then "- | 5" on the next line is not "4 - ...".
        while (!Failed && (_cursor.IsSymbol("+") || _cursor.IsSymbol("-")) && !(_rowLines && _cursor.Current.Span.Line != _cursor.Previous.Span.Line) && !TooDeep())
        {
            var op = _cursor.Next().Text;
            var right = ParseMultiplicative();
            left = new BinarySyntax(left.Span.Through(right.Span), op, left, right);
        }

        _depth = level;
        return left;
    }

    private ExpressionSyntax ParseMultiplicative()
    {
        var level = _depth;
        var left = ParseUnary();
        while (!Failed && (_cursor.IsSymbol("*") || _cursor.IsSymbol("/")) && !TooDeep())
        {
            var op = _cursor.Next().Text;
            var right = ParseUnary();
            left = new BinarySyntax(left.Span.Through(right.Span), op, left, right);
        }

        _depth = level;
        return left;
    }

    private ExpressionSyntax ParseUnary()
    {
        var token = _cursor.Current;
        if (_cursor.TrySymbol("-"))
        {
            var level = _depth;
            var operand = TooDeep() ? Placeholder() : ParseUnary();
            _depth = level;
            return new UnarySyntax(token.Span.Through(operand.Span), "-", operand);
        }

        return ParsePostfix();
    }

    private ExpressionSyntax ParsePostfix()
    {
        var expression = ParsePrimary();
        while (!Failed && _cursor.IsSymbol(".") && _cursor.Peek(1).Kind == TokenKind.Identifier)
        {
            _cursor.Next();
            var field = _cursor.Next();
            expression = new MemberSyntax(expression.Span.Through(field.Span), expression, field.Text, field.Span);
        }

        return expression;
    }

    private ExpressionSyntax ParsePrimary()
    {
        var token = _cursor.Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _cursor.Next();
                return new LiteralSyntax(token.Span, double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
            case TokenKind.String:
                _cursor.Next();
                return new LiteralSyntax(token.Span, token.Value);
            case TokenKind.Date:
                _cursor.Next();
                return new LiteralSyntax(token.Span, IsoDate.TryParse(token.Text, out var date) ? date : default);
            case TokenKind.Symbol when token.Text == "(":
                _cursor.Next();
                var inner = ParseExpression();
                _cursor.ExpectSymbol(")");
                return inner;
            case TokenKind.Keyword when token.Concept is Kw.True or Kw.False:
                _cursor.Next();
                return new LiteralSyntax(token.Span, token.Concept == Kw.True);
            case TokenKind.Keyword when token.Concept is Kw.Now or Kw.CurrentTerm:
                _cursor.Next();
                return new NameSyntax(token.Span, token.Text, token.Concept);
            case TokenKind.Keyword when Aggregates.Contains(token.Concept) && _cursor.IsSymbol("(", 1):
                return ParseAggregate();
            case TokenKind.Identifier:
                _cursor.Next();
                if (_cursor.TrySymbol("("))
                {
                    var arguments = _cursor.IsSymbol(")") ? [] : ParseList();
                    _cursor.ExpectSymbol(")");
                    return new CallSyntax(token.Span.Through(_cursor.Previous.Span), token.Text, arguments);
                }

                return new NameSyntax(token.Span, token.Text, null);
            default:
                _cursor.ReportExpected(new TextArgument("Rules.Token.Expression"), null);
                return new LiteralSyntax(token.Span, 0d);
        }
    }

    private ExpressionSyntax ParseAggregate()
    {
        var keyword = _cursor.Next();
        _cursor.Next();

        // exists(fact(p)) and none(fact(p)) test a derived fact; count(table(x)) counts the list a table gives.
        if (_cursor.Current.Kind == TokenKind.Identifier && _cursor.IsSymbol("(", 1) && keyword.Concept is Kw.Count)
        {
            return ParseListCount(keyword);
        }

        if (_cursor.Current.Kind == TokenKind.Identifier && _cursor.IsSymbol("(", 1) && keyword.Concept is Kw.Exists or Kw.None)
        {
            var call = ParseExpression();
            _cursor.ExpectSymbol(")");
            var span = keyword.Span.Through(_cursor.Previous.Span);
            return keyword.Concept == Kw.None ? new UnarySyntax(span, "not", call) : call;
        }

        var type = _cursor.Current;
        if (!IsTypeWord(type))
        {
            _cursor.ReportExpected(new TextArgument("Rules.Token.Fact"), ["Type"]);
            return new LiteralSyntax(type.Span, 0d);
        }

        _cursor.Next();
        var variable = _cursor.ExpectIdentifier().Text;
        var window = _cursor.IsKeyword(Kw.In) ? ParseWindow() : null;
        var projection = _cursor.TrySymbol(":") ? ParseAdditive() : null;
        var where = _cursor.TryKeyword(Kw.Where) ? ParseExpression() : null;
        _cursor.ExpectSymbol(")");
        return new AggregateSyntax(keyword.Span.Through(_cursor.Previous.Span), keyword.Concept!, type.Text, type.Span, variable, projection, where) { Window = window };
    }
}
