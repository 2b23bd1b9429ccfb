namespace InternalControl.PolicyLanguage.Tokens;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>A vocabulary keyword ("Kw.*" concept): rule, ереже, эреже, правило.</summary>
    Keyword,

    /// <summary>A name: a variable, parameter, table, or a vocabulary word of a type, field or function.</summary>
    Identifier,

    /// <summary>A string in "quotes" or «guillemets»; <see cref="Token.Value"/> holds the text without them.</summary>
    String,

    /// <summary>A number: 3, 0.5.</summary>
    Number,

    /// <summary>A date written yyyy-mm-dd.</summary>
    Date,

    /// <summary>Punctuation and operators: ( ) [ ] , . .. : = != &lt;&gt; &lt; &lt;= &gt; &gt;= + - * / |.</summary>
    Symbol,

    /// <summary>A comment from -- to the end of the line (only when asked for).</summary>
    Comment,

    /// <summary>The end of the source.</summary>
    EndOfFile,
}
