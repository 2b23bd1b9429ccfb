using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`field = value` in a test's given fact.</summary>
public sealed record FieldValueSyntax(SourceSpan Span, string Field, ExpressionSyntax Value);
