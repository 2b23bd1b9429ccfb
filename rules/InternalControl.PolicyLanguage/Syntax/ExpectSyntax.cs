using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>
/// An expectation: `[not] fired "rule" [for "P1"[, "S1"]]`, `[not] fact name("P1")`, `decision name = value [for "P1"]`,
/// `[not] started "workflow" [for ...]`, `[not] notified role [for ...]`, or a bare condition such as `percent_to_mark(50) = 3`.
/// </summary>
/// <remarks>Kind: Kw.Fired, Kw.Fact, Kw.Decision, Kw.Started, Kw.Notified, or null for a condition.</remarks>
public sealed record ExpectSyntax(SourceSpan Span, bool Negated, string? Kind, string? Name, IReadOnlyList<ExpressionSyntax> Arguments, ExpressionSyntax? Value);
