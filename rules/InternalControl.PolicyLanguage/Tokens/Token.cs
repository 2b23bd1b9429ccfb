using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Tokens;

/// <summary>One token of a policy file.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">The text exactly as written (a string with its quotes).</param>
/// <param name="Span">Where it is.</param>
/// <param name="Concept">
/// For a vocabulary word, its concept id (Kw.Rule, TypeId.Pupil, FieldId.Value): keywords always have one;
/// an identifier has one when it is some language's word for a type, field or function (the binder decides
/// which when a noun is both). Null otherwise.
/// </param>
/// <param name="Value">A string's content without quotes, or the text itself for other kinds.</param>
public sealed record Token(TokenKind Kind, string Text, SourceSpan Span, string? Concept, string Value)
{
    /// <summary>True for the keyword of <paramref name="concept"/>.</summary>
    public bool IsKeyword(string concept) => Kind == TokenKind.Keyword && Concept == concept;

    /// <summary>True for the symbol <paramref name="symbol"/>.</summary>
    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Text} @{Span}";
}
