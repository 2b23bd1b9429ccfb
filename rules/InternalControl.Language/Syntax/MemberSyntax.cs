using InternalControl.Engine.Diagnostics;

namespace InternalControl.Language.Syntax;

/// <summary>`target.field`.</summary>
public sealed record MemberSyntax(SourceSpan Span, ExpressionSyntax Target, string Field, SourceSpan FieldSpan) : ExpressionSyntax(Span);
