using System.Text;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Diagnostics;
using InternalControl.PolicyLanguage.Tokens;
using InternalControl.PolicyLanguage.Vocabularies;

namespace InternalControl.PolicyLanguage.Formatting;

/// <summary>
/// `ic rules fmt FILE`: the canonical layout. Line breaks stay where the author put them (at most one blank
/// line in a row); indentation comes from the blocks (4 spaces inside rule, table, test and plug-in blocks;
/// when/then/given/expect at the block's level); spacing between tokens is normalized; table columns are
/// aligned on '|'. Words are kept as written (translate changes words). Works on tokens, so every block is
/// formatted, plug-in blocks included. Formatting a formatted file changes nothing.
/// </summary>
public static class PolicyFormatter
{
    private const string Indent = "    ";
    private static readonly HashSet<string> Openers = [Kw.Rule, Kw.Table, Kw.Test];
    private static readonly HashSet<string> Sections = [Kw.When, Kw.Then, Kw.Given, Kw.Expect];
    private static readonly HashSet<string> NoSpaceBefore = [")", "]", ",", ".", "..", ":"];
    private static readonly HashSet<string> NoSpaceAfter = ["(", "[", ".", ".."];

    /// <summary>Formats <paramref name="source"/>; <paramref name="blockOpeners"/> adds the opening keywords of plug-in blocks (e.g. Kw.Workflow).</summary>
    public static Result<string> Format(string source, string file, IReadOnlyCollection<string>? blockOpeners = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tokens = Tokenizer.Tokenize(source, file, Vocabulary.Default, keepComments: true);
        if (tokens.Diagnostics.Any(d => d.IsError))
        {
            return Result<string>.Failure(tokens.Diagnostics);
        }

        var openers = new HashSet<string>(Openers);
        openers.UnionWith(blockOpeners ?? []);
        var lines = tokens.Tokens.Where(t => t.Kind != TokenKind.EndOfFile).GroupBy(t => t.Span.Line).OrderBy(g => g.Key).ToList();
        var output = new List<(int Depth, List<Token> Tokens, bool InTable)>();
        var depth = 0;
        var parens = 0;
        var inTable = false;
        var previousLine = 0;
        foreach (var line in lines)
        {
            var items = line.ToList();
            if (previousLine > 0 && line.Key - previousLine > 1 && output.Count > 0)
            {
                output.Add((0, [], false));
            }

            previousLine = line.Key;
            var first = items[0];
            var concept = first.Kind == TokenKind.Keyword ? first.Concept : null;
            var lineDepth = depth + (parens > 0 ? 1 : 0);
            if (concept == Kw.End)
            {
                depth = Math.Max(0, depth - 1);
                lineDepth = depth;
                inTable = false;
            }
            else if (concept is not null && Sections.Contains(concept))
            {
                lineDepth = Math.Max(0, depth - 1);
            }

            output.Add((lineDepth, items, inTable && concept != Kw.End));
            if (concept is not null && openers.Contains(concept))
            {
                depth++;
                inTable = concept == Kw.Table;
            }

            parens += items.Count(t => t.IsSymbol("(") || t.IsSymbol("[")) - items.Count(t => t.IsSymbol(")") || t.IsSymbol("]"));
            parens = Math.Max(0, parens);
        }

        return Result<string>.From(Render(output), tokens.Diagnostics);
    }

    private static string Render(List<(int Depth, List<Token> Tokens, bool InTable)> lines)
    {
        var text = new StringBuilder();
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].InTable && lines[i].Tokens.Any(t => t.IsSymbol("|")))
            {
                var table = new List<(int Depth, List<Token> Tokens, bool InTable)>();
                while (i < lines.Count && lines[i].InTable && lines[i].Tokens.Any(t => t.IsSymbol("|")))
                {
                    table.Add(lines[i++]);
                }

                RenderTable(text, table);
                continue;
            }

            var (depth, tokens, _) = lines[i++];
            if (tokens.Count == 0)
            {
                text.Append('\n');
                continue;
            }

            text.Append(string.Concat(Enumerable.Repeat(Indent, depth))).Append(Join(tokens)).Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void RenderTable(StringBuilder text, List<(int Depth, List<Token> Tokens, bool InTable)> rows)
    {
        var cells = rows.Select(r => Split(r.Tokens)).ToList();
        var widths = new int[cells.Max(c => c.Count)];
        foreach (var row in cells)
        {
            for (var c = 0; c < row.Count - 1; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = cells[r];
            var parts = row.Select((cell, c) => c < row.Count - 1 ? cell.PadRight(widths[c]) : cell);
            text.Append(string.Concat(Enumerable.Repeat(Indent, rows[r].Depth))).Append(string.Join(" | ", parts).TrimEnd()).Append('\n');
        }
    }

    private static List<string> Split(List<Token> tokens)
    {
        var cells = new List<string>();
        var current = new List<Token>();
        foreach (var token in tokens)
        {
            if (token.IsSymbol("|"))
            {
                cells.Add(Join(current));
                current = [];
            }
            else
            {
                current.Add(token);
            }
        }

        cells.Add(Join(current));
        return cells;
    }

    private static string Join(List<Token> tokens)
    {
        var text = new StringBuilder();
        Token? previous = null;
        foreach (var token in tokens)
        {
            if (previous is not null && Spaced(previous, token))
            {
                text.Append(' ');
            }

            text.Append(token.Text);
            previous = token;
        }

        return text.ToString();
    }

    private static bool Spaced(Token previous, Token token)
    {
        if (token.Kind == TokenKind.Comment)
        {
            return true;
        }

        if (token.Kind == TokenKind.Symbol && NoSpaceBefore.Contains(token.Text))
        {
            return false;
        }

        if (previous.Kind == TokenKind.Symbol && NoSpaceAfter.Contains(previous.Text))
        {
            return false;
        }

        // A call or an aggregate: "count(", "at_risk(" but "and (".
        return !(token.IsSymbol("(") && previous.Kind is TokenKind.Identifier || (token.IsSymbol("(") && previous.Kind == TokenKind.Keyword && previous.Concept is Kw.Count or Kw.Sum or Kw.Avg or Kw.Min or Kw.Max or Kw.Exists or Kw.None or Kw.LastSchoolDays));
    }
}
