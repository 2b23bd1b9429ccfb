using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`let name = expression "description"`: a named measure, written once and used by name in rules, tables' callers and tests.</summary>
public sealed record MeasureSyntax(SourceSpan Span, string Name, SourceSpan NameSpan, ExpressionSyntax Value, string? Description);
