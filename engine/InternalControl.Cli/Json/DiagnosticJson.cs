using InternalControl.Kernel.Diagnostics;
using InternalControl.Localization;

namespace InternalControl.Cli.Json;

/// <summary>
/// Diagnostics as `ic --json` writes them: <c>{"errors": [{"code", "severity", "message", "file", "line", "column"}]}</c>,
/// the message in the reader's language, the place only when the diagnostic has one.
/// </summary>
internal sealed record DiagnosticJson(IReadOnlyList<DiagnosticJson.Item> Errors)
{
    public static DiagnosticJson Of(IEnumerable<Diagnostic> diagnostics, Language language) =>
        new([.. diagnostics.Select(d => new Item(
            d.Code,
            d.IsError ? "error" : "warning",
            d.Message(language),
            d.HasSpan ? d.Span.File : null,
            d.HasSpan ? d.Span.Line : null,
            d.HasSpan ? d.Span.Column : null))]);

    /// <summary>One diagnostic.</summary>
    internal sealed record Item(string Code, string Severity, string Message, string? File, int? Line, int? Column);
}
