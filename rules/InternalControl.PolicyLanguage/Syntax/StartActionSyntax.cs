using InternalControl.Kernel.Diagnostics;

namespace InternalControl.PolicyLanguage.Syntax;

/// <summary>`start "workflow" for p, s`: a workflow start intent for a key.</summary>
public sealed record StartActionSyntax(SourceSpan Span, string Workflow, IReadOnlyList<ExpressionSyntax> For) : ActionSyntax(Span);
