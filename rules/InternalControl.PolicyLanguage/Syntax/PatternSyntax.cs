using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`pupil p`, `subject s`, `score e where e.value = 0`: binds a variable to facts of a type.</summary>
/// <remarks>Type: The type word as written (its concept is resolved by the binder).</remarks>
public sealed record PatternSyntax(SourceSpan Span, string Type, string Variable, ExpressionSyntax? Where) : ConditionSyntax(Span);
