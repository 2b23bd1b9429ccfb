using InternalControl.Engine.Diagnostics;

namespace InternalControl.Language.Syntax;

/// <summary>`disable "rule name"` in an overlay.</summary>
public sealed record DisableSyntax(SourceSpan Span, string RuleName);
