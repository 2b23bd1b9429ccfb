using System.Globalization;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Tokens;
using InternalControl.PolicyLanguage.Vocabularies;

namespace InternalControl.PolicyLanguage.Parsing;

/// <summary>
/// The hand-written recursive-descent parser of policy files. After the first error in a block it skips
/// to the next top-level keyword, so one mistake gives one diagnostic, not a cascade.
/// </summary>
internal sealed partial class Parser(TokenCursor cursor, string source, IReadOnlyList<IBlockParser> blockParsers)
{
    private static readonly string[] TopLevel = [Kw.Policy, Kw.Parameter, Kw.Let, Kw.Disable, Kw.Rule, Kw.Table, Kw.Test];
    private readonly TokenCursor _cursor = cursor;
    private int _errorsAtBlockStart;

    private bool Failed => _cursor.Diagnostics.Count(d => d.IsError) > _errorsAtBlockStart;

    public PolicySyntax ParsePolicy()
    {
        var start = _cursor.Current.Span;
        var parsed = new List<object>();
        var stops = TopLevel.Concat(blockParsers.Select(b => b.Concept)).ToArray();
        while (!_cursor.AtEnd)
        {
            _errorsAtBlockStart = _cursor.Diagnostics.Count(d => d.IsError);
            _cursor.Recover();
            if (ParseBlock() is { } block)
            {
                parsed.Add(block);
            }

            if (Failed)
            {
                _cursor.SkipTo(stops);
            }
        }

        var span = start with { Length = source.Length - start.Offset };
        return new PolicySyntax(
            span,
            source,
            parsed.OfType<PolicyHeaderSyntax>().LastOrDefault(),
            [.. parsed.OfType<ParameterSyntax>()],
            [.. parsed.OfType<DisableSyntax>()],
            [.. parsed.OfType<RuleSyntax>()],
            [.. parsed.OfType<TableSyntax>()],
            [.. parsed.OfType<TestSyntax>()],
            [.. parsed.OfType<BlockSyntax>()])
        {
            Measures = [.. parsed.OfType<MeasureSyntax>()],
        };
    }

    /// <summary>
    /// One top-level block, by its keyword: the header, a parameter, a measure, a disabled rule, a rule, a table, a test
    /// or a plug-in's block; null (reported, one token skipped) when no block starts here.
    /// </summary>
    private object? ParseBlock()
    {
        var token = _cursor.Current;
        var keyword = token.Kind == TokenKind.Keyword ? token.Concept : null;
        return keyword switch
        {
            Kw.Policy => ParseHeader(),
            Kw.Parameter => ParseParameter(),
            Kw.Let => ParseMeasure(),
            Kw.Disable => ParseDisable(),
            Kw.Rule => ParseRule(),
            Kw.Table => ParseTable(),
            Kw.Test => ParseTest(),
            _ => ParsePlugIn(keyword),
        };
    }

    private BlockSyntax? ParsePlugIn(string? keyword)
    {
        if (keyword is not null && blockParsers.FirstOrDefault(b => b.Concept == keyword) is { } plugIn)
        {
            return plugIn.Parse(_cursor);
        }

        _cursor.ReportExpected(new TextArgument("Rules.Token.Block"), ["Kw"]);
        _cursor.Next();
        return null;
    }

    private DisableSyntax ParseDisable()
    {
        var start = _cursor.Next().Span;
        return new DisableSyntax(start.Through(_cursor.Current.Span), _cursor.ExpectString().Value);
    }

    private PolicyHeaderSyntax ParseHeader()
    {
        var start = _cursor.Next().Span;
        var name = _cursor.ExpectString().Value;
        string? country = null, version = null, extends = null;
        SourceSpan? extendsSpan = null;
        while (!Failed)
        {
            if (_cursor.TryKeyword(Kw.Country))
            {
                country = _cursor.ExpectIdentifier().Text;
            }
            else if (_cursor.TryKeyword(Kw.Version))
            {
                version = _cursor.Current.Kind is TokenKind.Number or TokenKind.String ? _cursor.Next().Value : _cursor.ExpectNumber().Text;
            }
            else if (_cursor.IsKeyword(Kw.Extends))
            {
                extendsSpan = _cursor.Next().Span;
                extends = _cursor.ExpectString().Value;
            }
            else
            {
                break;
            }
        }

        return new PolicyHeaderSyntax(start.Through(_cursor.Previous.Span), name, country, version, extends, extendsSpan);
    }

    private ParameterSyntax ParseParameter()
    {
        var start = _cursor.Next().Span;
        var name = _cursor.ExpectIdentifier().Text;
        _cursor.ExpectSymbol("=");
        var value = ParseExpression();
        var description = _cursor.Current.Kind == TokenKind.String ? _cursor.Next().Value : null;
        return new ParameterSyntax(start.Through(_cursor.Previous.Span), name, value, description);
    }

    private RuleSyntax ParseRule()
    {
        var start = _cursor.Next().Span;
        var name = _cursor.ExpectString().Value;
        var priority = 0;
        if (_cursor.TryKeyword(Kw.Priority))
        {
            var negative = _cursor.TrySymbol("-");
            var number = _cursor.ExpectNumber();
            priority = int.TryParse(number.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? (negative ? -p : p) : 0;
        }

        // A wrong title language is no syntax error: it is reported after the rule, so that the rest of the rule still parses.
        var titleErrors = new List<Action>();
        var titles = ParseTitles(titleErrors);
        var conditions = new List<ConditionSyntax>();
        var actions = new List<ActionSyntax>();
        _cursor.ExpectKeyword(Kw.When);
        while (!Failed && !_cursor.IsKeyword(Kw.Then) && !_cursor.AtEnd)
        {
            conditions.Add(ParseCondition());
        }

        _cursor.ExpectKeyword(Kw.Then);
        while (!Failed && !_cursor.IsKeyword(Kw.End) && !_cursor.AtEnd)
        {
            actions.Add(ParseAction());
        }

        _cursor.ExpectKeyword(Kw.End);
        titleErrors.ForEach(report => report());
        return new RuleSyntax(start.Through(_cursor.Previous.Span), name, priority, conditions, actions) { Titles = titles };
    }

    /// <summary>`title kk "..." title ky "..."`: a rule's title in each reader's language (the languages of Languages.All).</summary>
    private Dictionary<string, string> ParseTitles(List<Action> errors)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        while (!Failed && _cursor.TryKeyword(Kw.Title))
        {
            var code = _cursor.ExpectIdentifier();
            var text = _cursor.ExpectString();
            if (Failed)
            {
                break;
            }

            if (!Languages.TryParse(code.Text, out var language) || !string.Equals(language.Value.Code(), code.Text, StringComparison.Ordinal))
            {
                errors.Add(() => _cursor.Report("IC1730", code.Span, "Rules.Title.UnknownLanguage", code.Text));
            }
            else if (!titles.TryAdd(code.Text, text.Value))
            {
                errors.Add(() => _cursor.Report("IC1731", code.Span, "Rules.Title.Duplicate", code.Text));
            }
        }

        return titles;
    }

    private ConditionSyntax ParseCondition()
    {
        var token = _cursor.Current;
        if (IsTypeWord(token) && _cursor.Peek(1).Kind == TokenKind.Identifier && !_cursor.IsSymbol("(", 2) && !_cursor.IsSymbol(".", 2))
        {
            _cursor.Next();
            var variable = _cursor.Next().Text;
            var where = _cursor.TryKeyword(Kw.Where) ? ParseExpression() : null;
            return new PatternSyntax(token.Span.Through(_cursor.Previous.Span), token.Text, variable, where);
        }

        var expression = ParseExpression();
        return new TestConditionSyntax(expression.Span, expression);
    }

    private ActionSyntax ParseAction()
    {
        var token = _cursor.Current;
        if (_cursor.TryKeyword(Kw.Start))
        {
            var workflow = _cursor.ExpectString().Value;
            var keys = _cursor.TryKeyword(Kw.For) ? ParseList() : [];
            return new StartActionSyntax(token.Span.Through(_cursor.Previous.Span), workflow, keys);
        }

        if (_cursor.TryKeyword(Kw.Assert))
        {
            var fact = _cursor.ExpectIdentifier().Text;
            _cursor.ExpectSymbol("(");
            var arguments = _cursor.IsSymbol(")") ? [] : ParseList();
            _cursor.ExpectSymbol(")");
            var value = _cursor.TrySymbol("=") ? ParseExpression() : null;
            return new AssertActionSyntax(token.Span.Through(_cursor.Previous.Span), fact, arguments, value);
        }

        if (_cursor.TryKeyword(Kw.Notify))
        {
            var role = _cursor.Current.Kind == TokenKind.String ? _cursor.Next() : _cursor.ExpectIdentifier();
            var message = _cursor.Current.Kind == TokenKind.String ? _cursor.Next().Value : null;
            return new NotifyActionSyntax(token.Span.Through(_cursor.Previous.Span), role.Value, role.Span, message);
        }

        if (_cursor.TryKeyword(Kw.Set))
        {
            var name = _cursor.ExpectIdentifier().Text;
            _cursor.ExpectSymbol("=");
            var value = ParseExpression();
            return new SetActionSyntax(token.Span.Through(_cursor.Previous.Span), name, value);
        }

        _cursor.ReportExpected(new TextArgument("Rules.Token.Action"), ["Kw"]);
        return new SetActionSyntax(token.Span, "", new LiteralSyntax(token.Span, 0d));
    }

    private List<ExpressionSyntax> ParseList()
    {
        var items = new List<ExpressionSyntax> { ParseExpression() };
        while (!Failed && _cursor.TrySymbol(","))
        {
            items.Add(ParseExpression());
        }

        return items;
    }

    private bool IsTypeWord(Token token) =>
        token.Kind == TokenKind.Identifier && _cursor.Vocabulary.ConceptOf(token.Text, "Type") is not null;
}
