using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`target.field`.</summary>
public sealed record MemberSyntax(SourceSpan Span, ExpressionSyntax Target, string Field, SourceSpan FieldSpan) : ExpressionSyntax(Span);
