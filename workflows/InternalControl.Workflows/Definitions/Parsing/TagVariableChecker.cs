using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Diagnostics;
using InternalControl.Kernel.Text;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Tokens;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>
/// Whether a workflow whose report tag gives its cases a fixed set of variables (<see cref="TagVariables.Of"/>: the plan's
/// <c>responsible</c>, <c>venue</c>, <c>output</c> and <c>sheet</c> on a planned control) reads only names its cases hold:
/// those, the key's parts (the workflow's own and <see cref="WorkflowDefinition.KeyParts"/>), its tasks' fields and its
/// steps' counts and results. A task's <c>assignee NAME</c>, a decision's or an outcome's condition, an input column of
/// the decision table a decision takes its rows from, and a <c>wait until NAME</c> that reads any other name is IC2112 at
/// the name, with the nearest such name when one is near. A case another workflow starts as a step
/// (<c>start "NAME"</c>) carries its starter's variables too, so the names a starter's case can hold count as held.
/// </summary>
internal static class TagVariableChecker
{
    public static IEnumerable<Diagnostic> Check(IReadOnlyList<WorkflowSyntax> workflows, IReadOnlyList<TableSyntax> tables)
    {
        var byTable = tables.GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var workflow in workflows)
        {
            var given = TagVariables.Of(workflow.Report);
            if (given is null)
            {
                continue;
            }

            var held = Held(workflow, given);
            foreach (var starter in workflows.Where(w => w.Steps.Any(s => s.Step is SubWorkflowStep sub && sub.Workflow == workflow.Name)))
            {
                held.UnionWith(Held(starter, TagVariables.Of(starter.Report) ?? []));
            }

            foreach (var (name, span) in Reads(workflow, byTable).Where(r => !held.Contains(r.Name)))
            {
                var nearest = Suggestions.Best(name, given);
                yield return nearest is null
                    ? Diagnostic.Error("IC2112", span, "Workflows.Syntax.TagVariableUnknown", name, workflow.Report, string.Join(", ", given))
                    : Diagnostic.Error("IC2112", span, "Workflows.Syntax.TagVariableUnknownNear", name, workflow.Report, nearest);
            }
        }
    }

    /// <summary>The names a case of <paramref name="workflow"/> can hold.</summary>
    private static HashSet<string> Held(WorkflowSyntax workflow, IReadOnlyList<string> given)
    {
        var steps = workflow.Steps.Select(s => s.Step).ToList();
        return
        [
            .. given,
            .. workflow.Key,
            .. WorkflowDefinition.KeyParts,
            .. steps.Select(s => s.Id),
            .. steps.OfType<TaskStep>().SelectMany(t => t.Fields).Select(f => f.Name),
        ];
    }

    /// <summary>Every case variable <paramref name="workflow"/> reads by name, where it is written.</summary>
    private static IEnumerable<(string Name, SourceSpan Span)> Reads(WorkflowSyntax workflow, Dictionary<string, TableSyntax> tables)
    {
        foreach (var use in workflow.Assignees.Where(a => a.Role is null))
        {
            yield return (use.Name, use.Span);
        }

        // A decision by a table reads each input column's case variable (TableResolver); an unknown table is IC2204 there.
        foreach (var use in workflow.Tables)
        {
            foreach (var column in tables.GetValueOrDefault(use.Name)?.Columns.Where(c => c.IsInput) ?? [])
            {
                yield return (column.Name, use.Span);
            }
        }

        foreach (var step in workflow.Steps)
        {
            var names = step.Step switch
            {
                DecideStep decide when decide.Table is null => decide.Rows.SelectMany(r => r.When).Select(c => c.Variable),
                TaskStep task => task.Outcomes.SelectMany(o => o.When).Select(c => c.Variable),
                WaitStep { UntilVariable: { } until } => [until],
                _ => [],
            };
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                yield return (name, NameSpan(workflow, step.Span, name));
            }
        }
    }

    /// <summary>Where the step at <paramref name="step"/> writes <paramref name="name"/> first; the step when no token of it is found.</summary>
    private static SourceSpan NameSpan(WorkflowSyntax workflow, SourceSpan step, string name) =>
        workflow.Tokens.FirstOrDefault(t => t.Kind is TokenKind.Identifier or TokenKind.Keyword && t.Text == name && t.Span.Offset >= step.Offset && t.Span.End <= step.End)?.Span ?? step;
}
