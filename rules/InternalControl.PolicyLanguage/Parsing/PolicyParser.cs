using InternalControl.Kernel.Diagnostics;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Tokens;
using InternalControl.PolicyLanguage.Vocabularies;

namespace InternalControl.PolicyLanguage.Parsing;

/// <summary>Parses a policy file into its syntax tree. Never throws for bad input: errors come back as diagnostics.</summary>
public static class PolicyParser
{
    /// <summary>
    /// The deepest expression a policy may write, nesting and chained operators counted together (IC1103 beyond):
    /// far more than any rule a school writes, and shallow enough that no pass over the syntax exhausts the stack.
    /// </summary>
    public const int MaxExpressionDepth = 256;

    /// <summary>Parses <paramref name="source"/>; a file with any error yields no syntax tree.</summary>
    /// <param name="source">The text.</param>
    /// <param name="file">The file name for spans.</param>
    /// <param name="blocks">Parsers of plug-in blocks (workflows), by their opening keyword.</param>
    public static Result<PolicySyntax> Parse(string source, string file, IReadOnlyList<IBlockParser>? blocks = null)
    {
        var (syntax, diagnostics) = ParseWithErrors(source, file, blocks);
        return Result<PolicySyntax>.From(syntax, diagnostics);
    }

    /// <summary>Parses and keeps the (partial) tree even with errors, for tools that want both.</summary>
    internal static (PolicySyntax Syntax, IReadOnlyList<Diagnostic> Diagnostics) ParseWithErrors(string source, string file, IReadOnlyList<IBlockParser>? blocks)
    {
        ArgumentNullException.ThrowIfNull(source);
        var vocabulary = Vocabulary.Default;
        var tokens = Tokenizer.Tokenize(source, file, vocabulary);
        var diagnostics = new List<Diagnostic>(tokens.Diagnostics);
        var cursor = new TokenCursor(tokens.Tokens, vocabulary, diagnostics);
        var syntax = new Parser(cursor, source, blocks ?? []).ParsePolicy();
        return (syntax, diagnostics.OrderBy(d => d.Span.Offset).ToList());
    }
}
