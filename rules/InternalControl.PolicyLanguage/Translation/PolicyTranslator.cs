using InternalControl.Localization;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Diagnostics;
using InternalControl.PolicyLanguage.Tokens;
using InternalControl.PolicyLanguage.Vocabularies;

namespace InternalControl.PolicyLanguage.Translation;

/// <summary>
/// `ic rules translate FILE --to kk|ky|ru|en`: rewrites every vocabulary word (keywords, fact types, fields,
/// functions) with the target language's word and leaves everything else as written: names, report tags, strings,
/// numbers, comments, layout. It works on tokens, so plug-in blocks (workflows) are translated too; the result compiles
/// to the same rules.
/// </summary>
public static class PolicyTranslator
{
    /// <summary>Translates <paramref name="source"/> into <paramref name="target"/>'s words.</summary>
    public static Result<string> Translate(string source, string file, Language target)
    {
        ArgumentNullException.ThrowIfNull(source);
        var vocabulary = Vocabulary.Default;
        var tokens = Tokenizer.Tokenize(source, file, vocabulary, keepComments: true);
        if (tokens.Diagnostics.Any(d => d.IsError))
        {
            return Result<string>.Failure(tokens.Diagnostics);
        }

        var text = new System.Text.StringBuilder(source.Length + 64);
        var position = 0;
        Token? previous = null;
        foreach (var token in tokens.Tokens)
        {
            var concept = ConceptOf(token, previous, vocabulary);
            if (concept is not null)
            {
                text.Append(source, position, token.Span.Offset - position).Append(vocabulary.Word(concept, target));
                position = token.Span.End;
            }

            if (token.Kind != TokenKind.Comment)
            {
                previous = token;
            }
        }

        text.Append(source, position, source.Length - position);
        return Result<string>.From(text.ToString(), tokens.Diagnostics);
    }

    /// <summary>
    /// The concept a token stands for: keywords by their concept; a word that is both a type and a field ("pupil")
    /// is a field after '.', else a type; a word after a number is a unit when it can be one.
    /// </summary>
    internal static string? ConceptOf(Token token, Token? previous, Vocabulary vocabulary)
    {
        // A report tag ("report decision") keeps its one spelling in every language, even where a vocabulary word is
        // spelled like it: the features find workflows, steps, fields and tables by it.
        if (previous is not null && previous.IsKeyword(Kw.Report))
        {
            return null;
        }

        if (token.Kind == TokenKind.Keyword)
        {
            return token.Concept;
        }

        if (token.Kind != TokenKind.Identifier || token.Concept is null)
        {
            return null;
        }

        var concepts = vocabulary.ConceptsOf(token.Text);

        // A word right after a number is its unit ("15 school_days"), not the function of the same name.
        if (previous is not null && previous.Kind == TokenKind.Number
            && concepts.FirstOrDefault(c => c.Split('.')[0].EndsWith("Unit", StringComparison.Ordinal)) is { } unit)
        {
            return unit;
        }

        if (previous is not null && previous.IsSymbol("."))
        {
            return concepts.FirstOrDefault(c => c.StartsWith("Field.", StringComparison.Ordinal)) ?? concepts[0];
        }

        return concepts.FirstOrDefault(c => c.StartsWith("Type.", StringComparison.Ordinal))
            ?? concepts.FirstOrDefault(c => c.StartsWith("Fn.", StringComparison.Ordinal))
            ?? concepts[0];
    }
}
