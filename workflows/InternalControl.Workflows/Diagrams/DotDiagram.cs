using System.Text;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Diagrams;

/// <summary>
/// Draws a definition as a Graphviz DOT digraph (<c>ic workflow diagram NAME --format dot</c>), the same graph as
/// <see cref="MermaidDiagram"/>: a node per step (its shape tells the kind), a join node per parallel, an edge per
/// outcome, decision row and arrow. Labels as Mermaid's: localized with a language, the policy's codes without.
/// </summary>
public static class DotDiagram
{
    /// <summary>The digraph's text (render it with <c>dot -Tsvg</c>).</summary>
    /// <param name="definition">The workflow.</param>
    /// <param name="language">The reader's language for the labels; null writes the codes.</param>
    public static string Render(WorkflowDefinition definition, Language? language = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var labels = new DiagramLabels(definition, language);
        var text = new StringBuilder();
        text.Append("digraph ").Append(Quote(definition.Name)).Append(" {\n");
        text.Append("    // ").Append(definition.Name).Append(" v").Append(definition.Version).Append('\n');
        text.Append("    rankdir=TB;\n");
        foreach (var step in definition.Steps)
        {
            text.Append("    ").Append(Quote(step.Id)).Append(" [shape=").Append(Shape(step))
                .Append(", label=").Append(Quote(string.Join("\n", labels.Lines(step)))).Append("];\n");
        }

        foreach (var parallel in definition.Steps.OfType<ParallelStep>())
        {
            text.Append("    ").Append(Quote(parallel.Id + "_join")).Append(" [shape=hexagon, label=").Append(Quote(labels.Join)).Append("];\n");
        }

        foreach (var step in definition.Steps)
        {
            foreach (var (label, target) in MermaidDiagram.Edges(step, labels))
            {
                var to = target == WorkflowDefinition.Join ? MermaidDiagram.JoinNode(definition, step) : target;
                text.Append("    ").Append(Quote(step.Id)).Append(" -> ").Append(Quote(to));
                text.Append(label is null ? ";\n" : $" [label={Quote(label)}];\n");
            }
        }

        foreach (var parallel in definition.Steps.OfType<ParallelStep>())
        {
            text.Append("    ").Append(Quote(parallel.Id + "_join")).Append(" -> ").Append(Quote(parallel.Next)).Append(";\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>Shapes close to Mermaid's: box task, flag notify, diamond decision, oval wait, hexagon parallel, double box sub-workflow, double circle end.</summary>
    private static string Shape(StepDefinition step) => step switch
    {
        TaskStep => "box",
        NotifyStep => "cds",
        DecideStep => "diamond",
        WaitStep => "oval",
        ParallelStep => "hexagon",
        SubWorkflowStep => "box, peripheries=2",
        EndStep => "doublecircle",
        _ => "box",
    };

    /// <summary>A DOT string: quotes and backslashes escaped, line breaks as \n.</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
