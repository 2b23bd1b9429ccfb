using InternalControl.Kernel.Diagnostics;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Tokens;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>
/// A <c>workflow "name" version N key a, b [once] ... end</c> block as written: its steps are model records, checked by
/// the binder. <c>Text</c> is the block's tokens joined by spaces, which parse to the same definition: the
/// runtime stores it so that a case keeps resolving its version after the policy file has moved on.
/// </summary>
public sealed record WorkflowSyntax(SourceSpan Span, string Name, int Version, IReadOnlyList<string> Key, IReadOnlyList<StepSyntax> Steps, string Text) : BlockSyntax(Span)
{
    /// <summary>True when the header says <c>once</c>: one case per key ever, closed cases included.</summary>
    public bool Once { get; init; }

    /// <summary>The workflow's report tag, or null.</summary>
    public string? Report { get; init; }

    /// <summary>Where <see cref="Report"/> is written: a second workflow with the same tag is reported there.</summary>
    public SourceSpan? ReportSpan { get; init; }

    /// <summary>The block's tokens, from <c>workflow</c> to its <c>end</c>: <c>Text</c> joined, and what the binder rewrites.</summary>
    internal IReadOnlyList<Token> Tokens { get; init; } = [];

    /// <summary>Policy parameters named in place of numbers (deadlines, waits, decision values).</summary>
    internal IReadOnlyList<ParameterUse> Parameters { get; init; } = [];

    /// <summary>Decide steps that take their rows from a decision table of the rules part.</summary>
    internal IReadOnlyList<TableUse> Tables { get; init; } = [];

    /// <summary>Task steps that name the case variable holding their member of staff.</summary>
    internal IReadOnlyList<AssigneeUse> Assignees { get; init; } = [];
}
