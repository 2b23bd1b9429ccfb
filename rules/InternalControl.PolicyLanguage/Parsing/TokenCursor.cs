using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Diagnostics;
using InternalControl.PolicyLanguage.Tokens;
using InternalControl.PolicyLanguage.Vocabularies;

namespace InternalControl.PolicyLanguage.Parsing;

/// <summary>
/// Walks the tokens of one file for a recursive-descent parser (the policy parser, and block parsers such
/// as workflows/ plug in through <see cref="IBlockParser"/>). Expect* methods report a coded, localized
/// diagnostic and return a placeholder instead of throwing, so a parser goes on and reports more.
/// </summary>
public sealed class TokenCursor
{
    private readonly IReadOnlyList<Token> _tokens;
    private readonly List<Diagnostic> _diagnostics;
    private int _position;
    private bool _recovering;

    /// <summary>Creates a cursor over <paramref name="tokens"/> (which must end with an end-of-file token).</summary>
    public TokenCursor(IReadOnlyList<Token> tokens, Vocabulary vocabulary, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0 || tokens[^1].Kind != TokenKind.EndOfFile)
        {
            throw new ArgumentException("The token list must end with an end-of-file token.", nameof(tokens));
        }

        _tokens = tokens;
        Vocabulary = vocabulary;
        _diagnostics = diagnostics;
    }

    /// <summary>The words of the language.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Diagnostics reported so far (shared with the parser that made this cursor).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>True when some error has been reported.</summary>
    public bool HasErrors => _diagnostics.Any(d => d.IsError);

    /// <summary>The token under the cursor.</summary>
    public Token Current => Peek(0);

    /// <summary>The token just consumed (the first token before anything is consumed).</summary>
    public Token Previous => _tokens[Math.Max(0, _position - 1)];

    /// <summary>True at the end of the file.</summary>
    public bool AtEnd => Current.Kind == TokenKind.EndOfFile;

    /// <summary>The token <paramref name="ahead"/> places after the current one (end-of-file past the end).</summary>
    public Token Peek(int ahead = 0) => _tokens[Math.Min(_position + ahead, _tokens.Count - 1)];

    /// <summary>Consumes and returns the current token (stays on end-of-file).</summary>
    public Token Next()
    {
        var token = Current;
        if (_position < _tokens.Count - 1)
        {
            _position++;
        }

        return token;
    }

    /// <summary>True when the token <paramref name="ahead"/> is the keyword of <paramref name="concept"/>.</summary>
    public bool IsKeyword(string concept, int ahead = 0) => Peek(ahead).IsKeyword(concept);

    /// <summary>True when the token <paramref name="ahead"/> is the symbol <paramref name="symbol"/>.</summary>
    public bool IsSymbol(string symbol, int ahead = 0) => Peek(ahead).IsSymbol(symbol);

    /// <summary>Consumes the keyword of <paramref name="concept"/> when it is next.</summary>
    public bool TryKeyword(string concept)
    {
        if (!IsKeyword(concept))
        {
            return false;
        }

        Next();
        return true;
    }

    /// <summary>Consumes the symbol when it is next.</summary>
    public bool TrySymbol(string symbol)
    {
        if (!IsSymbol(symbol))
        {
            return false;
        }

        Next();
        return true;
    }

    /// <summary>Consumes the keyword of <paramref name="concept"/>, or reports IC1101 (with a "did you mean" when a word is close).</summary>
    public Token ExpectKeyword(string concept)
    {
        if (IsKeyword(concept))
        {
            return Next();
        }

        ReportExpected(new ConceptName(concept), ["Kw"]);
        return Missing();
    }

    /// <summary>Consumes an identifier (a name), or reports IC1101.</summary>
    public Token ExpectIdentifier()
    {
        if (Current.Kind == TokenKind.Identifier)
        {
            return Next();
        }

        ReportExpected(new TextArgument("Rules.Token.Identifier"), null);
        return Missing();
    }

    /// <summary>Consumes a string, or reports IC1101.</summary>
    public Token ExpectString()
    {
        if (Current.Kind == TokenKind.String)
        {
            return Next();
        }

        ReportExpected(new TextArgument("Rules.Token.String"), null);
        return Missing();
    }

    /// <summary>Consumes a number, or reports IC1101.</summary>
    public Token ExpectNumber()
    {
        if (Current.Kind == TokenKind.Number)
        {
            return Next();
        }

        ReportExpected(new TextArgument("Rules.Token.Number"), null);
        return Missing();
    }

    /// <summary>Consumes the symbol, or reports IC1101.</summary>
    public Token ExpectSymbol(string symbol)
    {
        if (IsSymbol(symbol))
        {
            return Next();
        }

        ReportExpected(symbol, null);
        return Missing();
    }

    /// <summary>Reports an error at <paramref name="span"/> with a message from the Rules catalog.</summary>
    public void Report(string code, SourceSpan span, string messageKey, params object?[] args) =>
        _diagnostics.Add(Diagnostic.Error(code, span, messageKey, args));

    /// <summary>Reports IC1101 "expected X, found Y" at the current token, adding a "did you mean" from all four vocabularies.</summary>
    public void ReportExpected(object expected, IReadOnlyCollection<string>? categories)
    {
        // One syntax error per block: what follows a wrong token is usually wrong only because of it.
        if (_recovering)
        {
            return;
        }

        _recovering = true;
        var found = Current;
        var shown = found.Kind == TokenKind.EndOfFile ? (object)new TextArgument("Rules.Token.EndOfFile") : found.Text;
        var suggestion = found.Kind == TokenKind.Identifier ? Vocabulary.Suggest(found.Text, categories).FirstOrDefault() : null;
        if (suggestion is not null)
        {
            Report("IC1102", found.Span, "Rules.ExpectedDidYouMean", expected, shown, suggestion);
        }
        else
        {
            Report("IC1101", found.Span, "Rules.Expected", expected, shown);
        }
    }

    /// <summary>Ends error recovery: the next syntax error is reported again (called at the start of each block).</summary>
    public void Recover() => _recovering = false;

    /// <summary>Skips tokens up to (not past) one of the keywords, or to the end of the file.</summary>
    public void SkipTo(params string[] concepts)
    {
        while (!AtEnd && !(Current.Kind == TokenKind.Keyword && concepts.Contains(Current.Concept)))
        {
            Next();
        }
    }

    /// <summary>Skips through the next "end" keyword (error recovery inside a block).</summary>
    public void SkipPastEnd()
    {
        SkipTo(Kw.End);
        TryKeyword(Kw.End);
    }

    private Token Missing() => new(TokenKind.Symbol, "", Current.Span with { Length = 0 }, null, "");
}
