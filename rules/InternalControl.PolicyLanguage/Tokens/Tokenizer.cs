using System.Globalization;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Time;
using InternalControl.PolicyLanguage.Vocabularies;

namespace InternalControl.PolicyLanguage.Tokens;

/// <summary>
/// Splits a policy file into tokens. Vocabulary words of any of the four languages become keywords (or
/// identifiers that carry their concept); identifiers are Unicode letters, digits and '_'; strings are in
/// "quotes" or «guillemets»; "--" starts a comment that runs to the end of the line. Never throws.
/// </summary>
public static class Tokenizer
{
    private static readonly string[] Symbols = ["..", "<=", ">=", "!=", "<>", "->", "(", ")", "[", "]", ",", ".", ":", "=", "<", ">", "+", "-", "*", "/", "|", ";"];

    /// <summary>
    /// True when <paramref name="text"/> reads as one name (an identifier), so a policy may write it bare; anything else
    /// (a space, a leading digit) must be quoted.
    /// </summary>
    public static bool IsName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && IsNameStart(text[0]) && text.All(IsNamePart);
    }

    /// <summary>
    /// True when <paramref name="text"/> reads as one number token of that same text (<c>2</c>, <c>1.50</c>), so a policy
    /// may write it bare and read back exactly it; anything else (<c>+2</c>, <c>1,000</c>, a date) must be quoted.
    /// </summary>
    public static bool IsNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = 0;
        return text.Length > 0 && char.IsDigit(text[0])
            && ReadNumberOrDate(text, ref end, _ => SourceSpan.None, []).Kind == TokenKind.Number && end == text.Length;
    }

    /// <summary>Tokenizes <paramref name="source"/>; the last token is always <see cref="TokenKind.EndOfFile"/>.</summary>
    /// <param name="source">The file's text.</param>
    /// <param name="file">The file name used in spans.</param>
    /// <param name="vocabulary">The words; <see cref="Vocabulary.Default"/> when null.</param>
    /// <param name="keepComments">True to keep comments as tokens (fmt and translate need them).</param>
    public static TokenList Tokenize(string source, string file, Vocabulary? vocabulary = null, bool keepComments = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        vocabulary ??= Vocabulary.Default;
        var tokens = new List<Token>();
        var diagnostics = new List<Diagnostic>();
        var line = 1;
        var lineStart = 0;
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '\n')
            {
                line++;
                lineStart = ++i;
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                i++;
                continue;
            }

            var start = i;
            SourceSpan Span(int end) => new(file, start, end - start, line, start - lineStart + 1);

            if (c == '-' && At(source, i + 1) == '-')
            {
                while (i < source.Length && source[i] != '\n')
                {
                    i++;
                }

                if (keepComments)
                {
                    var text = source[start..i].TrimEnd('\r');
                    tokens.Add(new Token(TokenKind.Comment, text, Span(start + text.Length), null, text));
                }

                continue;
            }

            if (c is '"' or '«')
            {
                var close = c == '"' ? '"' : '»';
                i++;
                while (i < source.Length && source[i] != close && source[i] != '\n')
                {
                    i++;
                }

                if (i >= source.Length || source[i] != close)
                {
                    diagnostics.Add(Diagnostic.Error("IC1002", Span(start + 1), "Rules.UnterminatedString"));
                    tokens.Add(new Token(TokenKind.String, source[start..i].TrimEnd('\r'), Span(i), null, source[(start + 1)..i].TrimEnd('\r')));
                    continue;
                }

                i++;
                tokens.Add(new Token(TokenKind.String, source[start..i], Span(i), null, source[(start + 1)..(i - 1)]));
                continue;
            }

            if (char.IsDigit(c))
            {
                tokens.Add(ReadNumberOrDate(source, ref i, Span, diagnostics));
                continue;
            }

            if (IsNameStart(c))
            {
                while (i < source.Length && IsNamePart(source[i]))
                {
                    i++;
                }

                var word = source[start..i];
                var keyword = vocabulary.KeywordOf(word);
                var concept = keyword ?? vocabulary.ConceptsOf(word).FirstOrDefault();
                tokens.Add(new Token(keyword is null ? TokenKind.Identifier : TokenKind.Keyword, word, Span(i), concept, word));
                continue;
            }

            var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(source, i, s, 0, s.Length) == 0);
            if (symbol is not null)
            {
                i += symbol.Length;
                tokens.Add(new Token(TokenKind.Symbol, symbol, Span(i), null, symbol));
                continue;
            }

            i++;
            diagnostics.Add(Diagnostic.Error("IC1001", Span(i), "Rules.UnexpectedCharacter", c.ToString()));
        }

        tokens.Add(new Token(TokenKind.EndOfFile, "", new SourceSpan(file, source.Length, 0, line, source.Length - lineStart + 1), null, ""));
        return new TokenList(tokens, diagnostics);
    }

    private static Token ReadNumberOrDate(string source, ref int i, Func<int, SourceSpan> span, List<Diagnostic> diagnostics)
    {
        var start = i;
        while (i < source.Length && char.IsDigit(source[i]))
        {
            i++;
        }

        // yyyy-mm-dd is a date; "2026 - 10" with spaces stays arithmetic.
        if (i - start == 4 && At(source, i) == '-' && Digits(source, i + 1, 2) && At(source, i + 3) == '-' && Digits(source, i + 4, 2))
        {
            i += 6;
            var text = source[start..i];
            if (!IsoDate.TryParse(text, out _))
            {
                diagnostics.Add(Diagnostic.Error("IC1003", span(i), "Rules.BadDate", text));
            }

            return new Token(TokenKind.Date, text, span(i), null, text);
        }

        // "0..39" is a range: a '.' followed by another '.' is not a decimal point.
        if (At(source, i) == '.' && char.IsDigit(At(source, i + 1)))
        {
            i++;
            while (i < source.Length && char.IsDigit(source[i]))
            {
                i++;
            }
        }

        var number = source[start..i];
        return new Token(TokenKind.Number, number, span(i), null, number);
    }

    private static bool Digits(string source, int from, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (!char.IsDigit(At(source, from + k)))
            {
                return false;
            }
        }

        return true;
    }

    private static char At(string source, int index) => index < source.Length ? source[index] : '\0';

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsNamePart(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
