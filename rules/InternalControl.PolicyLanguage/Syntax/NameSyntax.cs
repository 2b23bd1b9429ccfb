using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>A name: a variable, a parameter, or a keyword value (`now`, `current_term`: <paramref name="Concept"/> set).</summary>
public sealed record NameSyntax(SourceSpan Span, string Name, string? Concept) : ExpressionSyntax(Span);
