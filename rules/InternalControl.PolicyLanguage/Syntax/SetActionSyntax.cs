using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`set name = value`: a group or a decision.</summary>
public sealed record SetActionSyntax(SourceSpan Span, string Name, ExpressionSyntax Value) : ActionSyntax(Span);
