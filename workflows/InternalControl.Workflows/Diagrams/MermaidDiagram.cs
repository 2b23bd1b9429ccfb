using System.Text;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Diagrams;

/// <summary>Draws a definition as a Mermaid flowchart (<c>ic workflow diagram NAME</c>): steps as nodes, outcomes and decisions as labelled edges.</summary>
public static class MermaidDiagram
{
    public static string Render(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var text = new StringBuilder();
        text.Append("flowchart TD\n");
        text.Append("    %% ").Append(definition.Name).Append(" v").Append(definition.Version).Append('\n');
        foreach (var step in definition.Steps)
        {
            text.Append("    ").Append(Node(step)).Append('\n');
        }

        foreach (var step in definition.Steps)
        {
            foreach (var (label, target) in Edges(step))
            {
                var to = target == WorkflowDefinition.Join ? JoinNode(definition, step) : target;
                text.Append("    ").Append(step.Id).Append(label is null ? " --> " : $" -- {label} --> ").Append(to).Append('\n');
            }
        }

        foreach (var parallel in definition.Steps.OfType<ParallelStep>())
        {
            text.Append("    ").Append(parallel.Id).Append("_join{{join}}\n");
            text.Append("    ").Append(parallel.Id).Append("_join --> ").Append(parallel.Next).Append('\n');
        }

        return text.ToString();
    }

    private static string Node(StepDefinition step) => step switch
    {
        TaskStep t => $"{t.Id}[\"{t.Id}<br/>task: {t.Role.Code()}{Due(t)}\"]",
        NotifyStep n => $"{n.Id}>\"{n.Id}<br/>notify: {string.Join(", ", n.Recipients.Select(r => r.Code()))}\"]",
        DecideStep d => $"{d.Id}{{\"{d.Id}{(d.Table is null ? "" : "<br/>table: " + d.Table)}\"}}",
        WaitStep w => $"{w.Id}([\"{w.Id}<br/>wait: {(w.SchoolDays is { } n ? n + " school days" : w.Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}\"])",
        ParallelStep p => $"{p.Id}{{{{\"{p.Id}<br/>parallel\"}}}}",
        SubWorkflowStep s => $"{s.Id}[[\"{s.Id}<br/>start: {s.Workflow}\"]]",
        EndStep e => $"{e.Id}((\"{e.Id}<br/>{e.Result}\"))",
        _ => step.Id,
    };

    private static string Due(TaskStep t) => t.Deadline is { } d ? $"<br/>due: {d.DueDays} school days" : "";

    private static IEnumerable<(string? Label, string Target)> Edges(StepDefinition step) => step switch
    {
        TaskStep t => t.Outcomes.Select(o => ((string?)o.Name, o.Next)),
        DecideStep d => d.Rows.Select(r => ((string?)Label(r), r.Next)).Append(("otherwise", d.Otherwise)),
        ParallelStep p => p.Branches.Select(b => ((string?)null, b)),
        _ => step.Targets.Select(t => ((string?)null, t)),
    };

    private static string Label(DecisionRow row) => string.Join(" and ", row.When.Select(c => c.Operator switch
    {
        ConditionOperator.In => $"{c.Variable} in {string.Join("/", c.Values)}",
        ConditionOperator.NotIn => $"{c.Variable} not in {string.Join("/", c.Values)}",
        ConditionOperator.AtLeast => $"{c.Variable} >= {c.Values.FirstOrDefault()}",
        ConditionOperator.Less => $"{c.Variable} < {c.Values.FirstOrDefault()}",
        ConditionOperator.Greater => $"{c.Variable} > {c.Values.FirstOrDefault()}",
        _ => $"{c.Variable} <= {c.Values.FirstOrDefault()}",
    }));

    /// <summary>A branch's join node is its parallel's: the first parallel whose branches reach the step.</summary>
    private static string JoinNode(WorkflowDefinition definition, StepDefinition from)
    {
        foreach (var parallel in definition.Steps.OfType<ParallelStep>())
        {
            var seen = new HashSet<string>();
            var queue = new Queue<string>(parallel.Branches);
            while (queue.TryDequeue(out var id))
            {
                if (id == from.Id)
                {
                    return parallel.Id + "_join";
                }

                if (id != WorkflowDefinition.Join && seen.Add(id) && definition.Step(id) is { } s)
                {
                    foreach (var t in s is ParallelStep p ? [p.Next] : s.Targets)
                    {
                        queue.Enqueue(t);
                    }
                }
            }
        }

        return "join";
    }
}
