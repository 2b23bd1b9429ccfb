using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>A task's <c>assignee NAME</c> as written: the binder checks that the case can hold a member of staff under that name.</summary>
internal sealed record AssigneeUse(string Name, SourceSpan Span, string Step)
{
    /// <summary>The role the name is a word of (<c>assignee methodological_council_head</c>), or null for a case variable.</summary>
    public WorkflowRole? Role { get; init; }
}
