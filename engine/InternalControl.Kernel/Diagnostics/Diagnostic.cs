using System.Globalization;
using System.Text;
using InternalControl.Localization;

namespace InternalControl.Kernel.Diagnostics;

/// <summary>
/// A coded, localized problem found in a user's input (a policy file, an import row). The text lives in a
/// resource catalog under <see cref="MessageKey"/>; <see cref="Code"/> (e.g. IC1203) stays the same in
/// every language so that people can search for it.
/// </summary>
/// <param name="Code">The stable code, e.g. "IC1203".</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Span">Where in the source.</param>
/// <param name="MessageKey">Resource key of the message template.</param>
/// <param name="Args">Template arguments (formatted in the reader's culture).</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceSpan Span, string MessageKey, IReadOnlyList<object?> Args)
{
    /// <summary>An error; <paramref name="code"/> and <paramref name="messageKey"/> must be one entry of <see cref="DiagnosticCatalog"/>.</summary>
    public static Diagnostic Error(string code, SourceSpan span, string messageKey, params object?[] args)
    {
        DiagnosticCatalog.Check(code, DiagnosticSeverity.Error, messageKey);
        return new(code, DiagnosticSeverity.Error, span, messageKey, args);
    }

    /// <summary>
    /// An error about a command or a definition rather than a place in a source (<see cref="SourceSpan.None"/>; a caller
    /// that knows the place sets it with <c>with { Span = ... }</c>); its code is the one <see cref="DiagnosticCatalog"/>
    /// binds to <paramref name="messageKey"/>.
    /// </summary>
    public static Diagnostic ErrorOf(string messageKey, params object?[] args) =>
        Error(DiagnosticCatalog.CodeOf(messageKey), SourceSpan.None, messageKey, args);

    /// <summary>A warning; <paramref name="code"/> and <paramref name="messageKey"/> must be one entry of <see cref="DiagnosticCatalog"/>.</summary>
    public static Diagnostic Warning(string code, SourceSpan span, string messageKey, params object?[] args)
    {
        DiagnosticCatalog.Check(code, DiagnosticSeverity.Warning, messageKey);
        return new(code, DiagnosticSeverity.Warning, span, messageKey, args);
    }

    /// <summary>True when the diagnostic points into a source (false for <see cref="SourceSpan.None"/>).</summary>
    public bool HasSpan => Span != SourceSpan.None;

    /// <summary>True for an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    // The most characters of a source line a rendered diagnostic shows.
    private const int ShownLine = 160;

    /// <summary>The message alone, in the reader's language.</summary>
    public string Message(Language language) => Texts.Get(MessageKey, language, [.. Args]);

    /// <summary>
    /// The diagnostic as a compiler prints it: "file:line:column: error IC1203: message" ("error IC3001: message"
    /// when it has no source, <see cref="SourceSpan.None"/>), then, when the source is given, the line itself
    /// and a caret under the column.
    /// </summary>
    public string Render(Language language, string? source = null)
    {
        var severity = Texts.Get(Severity == DiagnosticSeverity.Error ? "Rules.Severity.Error" : "Rules.Severity.Warning", language);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{(HasSpan ? Span + ": " : "")}{severity} {Code}: {Message(language)}");
        if (HasSpan && source is not null && SourceLine(source, Span) is { } whole)
        {
            // A long line is shown around the column only, with "…" where it is cut, so that a machine-written
            // policy line of a megabyte prints a screen line, not the megabyte.
            var column = Math.Clamp(Span.Column, 1, whole.Length + 1);
            var from = Math.Max(0, Math.Min(column - 1 - (ShownLine / 2), whole.Length - ShownLine));
            var line = whole.Length <= ShownLine
                ? whole
                : (from > 0 ? "…" : "") + whole.Substring(from, ShownLine) + (from + ShownLine < whole.Length ? "…" : "");
            var caretColumn = whole.Length <= ShownLine ? column : column - from + (from > 0 ? 1 : 0);
            text.Append('\n').Append(line).Append('\n')
                .Append(new string(' ', caretColumn - 1))
                .Append('^')
                .Append(new string('~', Math.Max(0, Math.Min(Span.Length, line.Length - caretColumn + 1) - 1)));
        }

        return text.ToString();
    }

    /// <summary>
    /// The span's line of <paramref name="source"/>: found from the span's offset when it agrees with its column (a
    /// file with tens of thousands of diagnostics must not be read from its start once for each), else counted from the start.
    /// </summary>
    private static string? SourceLine(string source, SourceSpan span)
    {
        if (span.Offset >= 0 && span.Offset <= source.Length)
        {
            var start = span.Offset == 0 ? 0 : source.LastIndexOf('\n', span.Offset - 1) + 1;
            if (span.Offset - start == span.Column - 1)
            {
                return LineFrom(source, start);
            }
        }

        return SourceLine(source, span.Line);
    }

    private static string? SourceLine(string source, int line)
    {
        var current = 1;
        var start = 0;
        for (var i = 0; i < source.Length && current < line; i++)
        {
            if (source[i] == '\n')
            {
                current++;
                start = i + 1;
            }
        }

        if (current != line)
        {
            return null;
        }

        return LineFrom(source, start);
    }

    private static string LineFrom(string source, int start)
    {
        var end = source.IndexOf('\n', start);
        var text = end < 0 ? source[start..] : source[start..end];
        return text.TrimEnd('\r').Replace('\t', ' ');
    }
}
