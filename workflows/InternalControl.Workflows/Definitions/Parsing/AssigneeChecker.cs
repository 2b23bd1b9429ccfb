using InternalControl.Kernel.Diagnostics;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>
/// Checks each task's <c>assignee NAME</c> as written in a policy by <see cref="AssigneeRules"/>, and reports a problem
/// at the name.
/// </summary>
internal static class AssigneeChecker
{
    public static void Check(WorkflowSyntax syntax, IReadOnlyList<StepSyntax> steps, List<Diagnostic> diagnostics)
    {
        var definitions = steps.Select(s => s.Step).ToList();
        foreach (var use in syntax.Assignees)
        {
            if (definitions.OfType<TaskStep>().FirstOrDefault(t => t.Id == use.Step) is { } task
                && AssigneeRules.Problem(syntax.Name, task, use.Name, use.Role is not null, definitions) is { } problem)
            {
                diagnostics.Add(problem with { Span = use.Span });
            }
        }
    }
}
