using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`disable "rule name"` in an overlay.</summary>
public sealed record DisableSyntax(SourceSpan Span, string RuleName);
