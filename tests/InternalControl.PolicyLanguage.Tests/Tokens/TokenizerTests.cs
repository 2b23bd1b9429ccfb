using InternalControl.PolicyLanguage.Tokens;

namespace InternalControl.PolicyLanguage.Tests.Tokens;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_MixedLanguageKeywords_AllMapToTheirConcepts()
    {
        // Arrange
        const string source = "rule қағида эреже правило";

        // Act
        var tokens = Tokenizer.Tokenize(source, "t.icp").Tokens;

        // Assert
        Assert.All(tokens.Take(4), t => Assert.Equal("Kw.Rule", t.Concept));
        Assert.All(tokens.Take(4), t => Assert.Equal(TokenKind.Keyword, t.Kind));
    }

    [Fact]
    public void Tokenize_UnicodeIdentifier_IsOneIdentifier()
    {
        // Act
        var token = Tokenizer.Tokenize("екі_баға_шегі", "t.icp").Tokens[0];

        // Assert
        Assert.Equal(TokenKind.Identifier, token.Kind);
        Assert.Equal("екі_баға_шегі", token.Text);
    }

    [Fact]
    public void Tokenize_GuillemetString_ValueWithoutQuotes()
    {
        // Act
        var token = Tokenizer.Tokenize("«бир сабактан 3 «2»", "t.icp").Tokens[0];

        // Assert
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal("бир сабактан 3 «2", token.Value);
    }

    [Fact]
    public void Tokenize_Comment_IsSkippedUnlessKept()
    {
        // Arrange
        const string source = "rule -- 5.7 үш екілік\nend";

        // Act
        var plain = Tokenizer.Tokenize(source, "t.icp").Tokens;
        var kept = Tokenizer.Tokenize(source, "t.icp", keepComments: true).Tokens;

        // Assert
        Assert.Equal(3, plain.Count);
        Assert.Equal(TokenKind.Comment, kept[1].Kind);
    }

    [Fact]
    public void Tokenize_PositionsAreOneBased_LineAndColumn()
    {
        // Act
        var token = Tokenizer.Tokenize("rule\n  эгер", "t.icp").Tokens[1];

        // Assert
        Assert.Equal(2, token.Span.Line);
        Assert.Equal(3, token.Span.Column);
    }

    [Fact]
    public void Tokenize_RangeAndDate_AreSeparateTokens()
    {
        // Act
        var tokens = Tokenizer.Tokenize("0..39 2026-10-05", "t.icp").Tokens;

        // Assert
        Assert.Equal([TokenKind.Number, TokenKind.Symbol, TokenKind.Number, TokenKind.Date, TokenKind.EndOfFile], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_UnterminatedString_ReportsIC1002()
    {
        // Act
        var result = Tokenizer.Tokenize("\"open", "t.icp");

        // Assert
        Assert.Equal("IC1002", Assert.Single(result.Diagnostics).Code);
    }
}
