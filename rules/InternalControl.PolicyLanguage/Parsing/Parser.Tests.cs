using InternalControl.Kernel.Concepts;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Tokens;
using InternalControl.PolicyLanguage.Vocabularies;

namespace InternalControl.PolicyLanguage.Parsing;

/// <summary>Test blocks: `test "name" given (now DATE | TYPE field = value, ...)* expect (expectation)* end`.</summary>
internal sealed partial class Parser
{
    private TestSyntax ParseTest()
    {
        var start = _cursor.Next().Span;
        var name = _cursor.ExpectString().Value;
        DateOnly? now = null;
        var given = new List<GivenSyntax>();
        var expect = new List<ExpectSyntax>();
        _cursor.ExpectKeyword(Kw.Given);
        while (!Failed && !_cursor.IsKeyword(Kw.Expect) && !_cursor.AtEnd)
        {
            if (_cursor.TryKeyword(Kw.Now))
            {
                now = ParsePrimary() is LiteralSyntax { Value: DateOnly date } ? date : null;
                continue;
            }

            var type = _cursor.Current;
            if (!IsTypeWord(type))
            {
                _cursor.ReportExpected(new TextArgument("Rules.Token.Fact"), ["Type"]);
                break;
            }

            _cursor.Next();
            var fields = new List<FieldValueSyntax>();
            do
            {
                var field = _cursor.ExpectIdentifier();
                _cursor.ExpectSymbol("=");
                var value = ParseAdditive();
                fields.Add(new FieldValueSyntax(field.Span.Through(value.Span), field.Text, value));
            }
            while (!Failed && _cursor.TrySymbol(","));
            given.Add(new GivenSyntax(type.Span.Through(_cursor.Previous.Span), type.Text, fields));
        }

        _cursor.ExpectKeyword(Kw.Expect);
        while (!Failed && !_cursor.IsKeyword(Kw.End) && !_cursor.AtEnd)
        {
            expect.Add(ParseExpectation());
        }

        _cursor.ExpectKeyword(Kw.End);
        return new TestSyntax(start.Through(_cursor.Previous.Span), name, now, given, expect);
    }

    private ExpectSyntax ParseExpectation()
    {
        var start = _cursor.Current.Span;
        var negated = false;
        if (_cursor.IsKeyword(Kw.Not) && _cursor.Peek(1).Kind == TokenKind.Keyword
            && _cursor.Peek(1).Concept is Kw.Fired or Kw.Fact or Kw.Started or Kw.Notified or Kw.Decision)
        {
            _cursor.Next();
            negated = true;
        }

        var kind = _cursor.Current;
        switch (kind.Kind == TokenKind.Keyword ? kind.Concept : null)
        {
            case Kw.Fired:
            case Kw.Started:
            {
                _cursor.Next();
                var name = _cursor.ExpectString().Value;
                var keys = _cursor.TryKeyword(Kw.For) ? ParseList() : [];
                return new ExpectSyntax(start.Through(_cursor.Previous.Span), negated, kind.Concept, name, keys, null);
            }

            case Kw.Notified:
            {
                _cursor.Next();
                var role = _cursor.Current.Kind == TokenKind.String ? _cursor.Next() : _cursor.ExpectIdentifier();
                var keys = _cursor.TryKeyword(Kw.For) ? ParseList() : [];
                return new ExpectSyntax(start.Through(_cursor.Previous.Span), negated, kind.Concept, role.Value, keys, null);
            }

            case Kw.Fact:
            {
                _cursor.Next();
                var name = _cursor.ExpectIdentifier().Text;
                _cursor.ExpectSymbol("(");
                var arguments = _cursor.IsSymbol(")") ? [] : ParseList();
                _cursor.ExpectSymbol(")");
                var value = _cursor.TrySymbol("=") ? ParseAdditive() : null;
                return new ExpectSyntax(start.Through(_cursor.Previous.Span), negated, kind.Concept, name, arguments, value);
            }

            case Kw.Decision:
            {
                _cursor.Next();
                var name = _cursor.ExpectIdentifier().Text;
                var value = _cursor.TrySymbol("=") ? ParseAdditive() : null;
                var keys = _cursor.TryKeyword(Kw.For) ? ParseList() : [];
                return new ExpectSyntax(start.Through(_cursor.Previous.Span), negated, kind.Concept, name, keys, value);
            }

            default:
            {
                var condition = ParseExpression();
                return new ExpectSyntax(condition.Span, false, null, null, [], condition);
            }
        }
    }
}
