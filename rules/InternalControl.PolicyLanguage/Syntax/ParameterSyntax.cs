using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`parameter name = value "description"`.</summary>
public sealed record ParameterSyntax(SourceSpan Span, string Name, ExpressionSyntax Value, string? Description);
