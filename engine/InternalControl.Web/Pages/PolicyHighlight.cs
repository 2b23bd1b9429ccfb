using System.Text;
using System.Text.Encodings.Web;
using InternalControl.PolicyLanguage.Tokens;
using InternalControl.PolicyLanguage.Vocabularies;
using Microsoft.AspNetCore.Html;

namespace InternalControl.Web.Pages;

/// <summary>
/// A policy text as HTML with its words coloured by what they are (keyword, fact type, field, function, string, number,
/// comment), from the policy language's own tokenizer; everything else is written as it is.
/// </summary>
internal static class PolicyHighlight
{
    // Kazakh, Kyrgyz and Russian words are written as they are, as the rest of the pages write them.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IHtmlContent Html(string text)
    {
        var tokens = Tokenizer.Tokenize(text, "", Vocabulary.Default, keepComments: true);
        var html = new StringBuilder(text.Length * 2);
        var position = 0;
        foreach (var token in tokens.Tokens.Where(t => t.Kind != TokenKind.EndOfFile && t.Span.Offset >= position))
        {
            html.Append(Encoder.Encode(text[position..token.Span.Offset]));
            var word = Encoder.Encode(text.Substring(token.Span.Offset, token.Span.Length));
            html.Append(Class(token) is { } css ? $"<span class=\"{css}\">{word}</span>" : word);
            position = token.Span.End;
        }

        html.Append(Encoder.Encode(text[position..]));
        return new HtmlString(html.ToString());
    }

    private static string? Class(Token token) => token.Kind switch
    {
        TokenKind.Keyword => "tok-kw",
        TokenKind.String => "tok-str",
        TokenKind.Number or TokenKind.Date => "tok-num",
        TokenKind.Comment => "tok-com",
        TokenKind.Identifier when token.Concept is { } concept => concept.Split('.')[0] switch
        {
            "Type" or "WfType" => "tok-type",
            "Field" => "tok-field",
            _ => "tok-fn",
        },
        _ => null,
    };
}
