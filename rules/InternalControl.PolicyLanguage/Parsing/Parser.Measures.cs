using InternalControl.Kernel.Concepts;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Tokens;
using InternalControl.PolicyLanguage.Vocabularies;

namespace InternalControl.PolicyLanguage.Parsing;

/// <summary>Named measures (`let`), counting windows of aggregates (`in current_year`) and the count of a table's list.</summary>
internal sealed partial class Parser
{
    private static readonly string[] Windows = [Kw.CurrentTerm, Kw.CurrentHalfYear, Kw.CurrentYear, Kw.LastSchoolDays];

    /// <summary>`let name = expression ["description"]`.</summary>
    private MeasureSyntax ParseMeasure()
    {
        var start = _cursor.Next().Span;
        var name = _cursor.ExpectIdentifier();
        _cursor.ExpectSymbol("=");
        var value = ParseExpression();
        var description = _cursor.Current.Kind == TokenKind.String ? _cursor.Next().Value : null;
        return new MeasureSyntax(start.Through(_cursor.Previous.Span), name.Text, name.Span, value, description);
    }

    /// <summary>`in current_term | current_half_year | current_year | last_school_days(N)`, the cursor on `in`.</summary>
    private WindowSyntax? ParseWindow()
    {
        _cursor.Next();
        var token = _cursor.Current;
        if (token.Kind != TokenKind.Keyword || !Windows.Contains(token.Concept))
        {
            _cursor.ReportExpected(new TextArgument("Rules.Token.Window"), ["Kw"]);
            return null;
        }

        _cursor.Next();
        if (token.Concept != Kw.LastSchoolDays)
        {
            return new WindowSyntax(token.Span, token.Concept!, null);
        }

        _cursor.ExpectSymbol("(");
        var days = ParseAdditive();
        _cursor.ExpectSymbol(")");
        return new WindowSyntax(token.Span.Through(_cursor.Previous.Span), token.Concept, days);
    }

    /// <summary>`count(table(args))` or `count(table(args).output)`, the cursor after `count(`.</summary>
    private ExpressionSyntax ParseListCount(Token keyword)
    {
        var list = ParseExpression();
        _cursor.ExpectSymbol(")");
        return new ListCountSyntax(keyword.Span.Through(_cursor.Previous.Span), list);
    }
}
