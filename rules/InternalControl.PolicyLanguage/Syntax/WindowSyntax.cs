using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>
/// The counting window of an aggregate (`count(absence a in current_year where ...)`): the keyword concept
/// (Kw.CurrentTerm, Kw.CurrentHalfYear, Kw.CurrentYear, Kw.LastSchoolDays) and, for the last N school days, N.
/// </summary>
public sealed record WindowSyntax(SourceSpan Span, string Concept, ExpressionSyntax? Days);
