using System.Text;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Diagrams;

/// <summary>
/// Draws a definition as a Mermaid flowchart (<c>ic workflow diagram NAME</c>): steps as nodes, outcomes and decisions as
/// labelled edges. With a language, the labels are the Workflows catalog's names in it; without, the policy's codes.
/// </summary>
public static class MermaidDiagram
{
    /// <summary>The flowchart's text.</summary>
    /// <param name="definition">The workflow.</param>
    /// <param name="language">The reader's language for the labels; null writes the codes.</param>
    public static string Render(WorkflowDefinition definition, Language? language = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var labels = new DiagramLabels(definition, language);
        var text = new StringBuilder();
        text.Append("flowchart TD\n");
        text.Append("    %% ").Append(definition.Name).Append(" v").Append(definition.Version).Append('\n');
        foreach (var step in definition.Steps)
        {
            text.Append("    ").Append(Node(step, string.Join("<br/>", labels.Lines(step).Select(Escape)))).Append('\n');
        }

        foreach (var step in definition.Steps)
        {
            foreach (var (label, target) in Edges(step, labels))
            {
                var to = target == WorkflowDefinition.Join ? JoinNode(definition, step) : target;
                var arrow = label is null ? " --> " : language is null ? $" -- {label} --> " : $" -->|\"{Escape(label)}\"| ";
                text.Append("    ").Append(step.Id).Append(arrow).Append(to).Append('\n');
            }
        }

        foreach (var parallel in definition.Steps.OfType<ParallelStep>())
        {
            text.Append("    ").Append(parallel.Id).Append(language is null ? "_join{{join}}\n" : $"_join{{{{\"{Escape(labels.Join)}\"}}}}\n");
            text.Append("    ").Append(parallel.Id).Append("_join --> ").Append(parallel.Next).Append('\n');
        }

        return text.ToString();
    }

    private static string Node(StepDefinition step, string label) => step switch
    {
        TaskStep => $"{step.Id}[\"{label}\"]",
        NotifyStep => $"{step.Id}>\"{label}\"]",
        DecideStep => $"{step.Id}{{\"{label}\"}}",
        WaitStep => $"{step.Id}([\"{label}\"])",
        ParallelStep => $"{step.Id}{{{{\"{label}\"}}}}",
        SubWorkflowStep => $"{step.Id}[[\"{label}\"]]",
        EndStep => $"{step.Id}((\"{label}\"))",
        _ => step.Id,
    };

    /// <summary>Mermaid ends a quoted label at a double quote; it writes one as an entity.</summary>
    private static string Escape(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal);

    /// <summary>A step's edges with their labels (null: none), shared with <see cref="DotDiagram"/>.</summary>
    internal static IEnumerable<(string? Label, string Target)> Edges(StepDefinition step, DiagramLabels labels) => step switch
    {
        TaskStep t => t.Outcomes.Select(o => ((string?)labels.Outcome(o.Name), o.Next)),
        DecideStep d => d.Rows.Select(r => ((string?)labels.Row(r), r.Next)).Append((labels.Otherwise, d.Otherwise)),
        ParallelStep p => p.Branches.Select(b => ((string?)null, b)),
        _ => step.Targets.Select(t => ((string?)null, t)),
    };

    /// <summary>A branch's join node is its parallel's: the first parallel whose branches reach the step.</summary>
    internal static string JoinNode(WorkflowDefinition definition, StepDefinition from) =>
        JoinedParallel(definition, from) is { } parallel ? parallel.Id + "_join" : "join";

    /// <summary>The parallel whose join a branch's step leads to: the first whose branches reach it; null outside any.</summary>
    internal static ParallelStep? JoinedParallel(WorkflowDefinition definition, StepDefinition from)
    {
        foreach (var parallel in definition.Steps.OfType<ParallelStep>())
        {
            var seen = new HashSet<string>();
            var queue = new Queue<string>(parallel.Branches);
            while (queue.TryDequeue(out var id))
            {
                if (id == from.Id)
                {
                    return parallel;
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

        return null;
    }
}
