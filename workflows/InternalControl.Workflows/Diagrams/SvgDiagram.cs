using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security;
using System.Text;
using InternalControl.Localization;
using InternalControl.Workflows.Definitions;

namespace InternalControl.Workflows.Diagrams;

/// <summary>
/// Draws a definition as an inline SVG for a page (the case page): steps as boxes in rows, one row per step's distance
/// from the start, arrows to the steps each leads to (an arrow back up, such as a repeat, runs along the right edge),
/// the labels of <see cref="MermaidDiagram"/> in the reader's language, and the steps a case stands at marked. The
/// picture is decorative for screen readers (<c>aria-hidden</c>): the page gives the same steps as a list. A drawing
/// depends only on its definition (immutable), the language and the marked steps, so each is drawn once and kept as
/// long as its definition lives: every view of a case draws it.
/// </summary>
public static class SvgDiagram
{
    private static readonly ConditionalWeakTable<WorkflowDefinition, ConcurrentDictionary<(Language, string), string>> Drawn = [];

    private const int Width = 200;
    private const int Height = 46;
    private const int Gap = 24;
    private const int RowGap = 40;
    private const int Margin = 12;
    private const int LineLength = 30;

    /// <summary>The SVG element's text.</summary>
    /// <param name="definition">The workflow.</param>
    /// <param name="language">The reader's language for the labels.</param>
    /// <param name="current">The steps the case stands at (none when it is closed).</param>
    public static string Render(WorkflowDefinition definition, Language language, IReadOnlyCollection<string> current)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(current);
        var marked = string.Join('\n', current.Order(StringComparer.Ordinal));
        return Drawn.GetValue(definition, _ => new()).GetOrAdd((language, marked), _ => Draw(definition, language, current));
    }

    private static string Draw(WorkflowDefinition definition, Language language, IReadOnlyCollection<string> current)
    {
        var labels = new DiagramLabels(definition, language);
        var rows = Rows(definition);
        var place = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        var widest = rows.Max(r => r.Count);
        var width = Margin * 2 + widest * Width + (widest - 1) * Gap + Gap * 2;
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            var rowWidth = row.Count * Width + (row.Count - 1) * Gap;
            var left = Margin + (widest * Width + (widest - 1) * Gap - rowWidth) / 2;
            for (var i = 0; i < row.Count; i++)
            {
                place[row[i]] = (left + i * (Width + Gap), Margin + index * (Height + RowGap));
            }
        }

        var height = Margin * 2 + rows.Count * Height + (rows.Count - 1) * RowGap;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" aria-hidden=\"true\" focusable=\"false\">");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>");
        foreach (var step in definition.Steps)
        {
            foreach (var target in Targets(definition, step))
            {
                if (place.TryGetValue(step.Id, out var from) && place.TryGetValue(target, out var to))
                {
                    svg.Append(Arrow(from, to, width));
                }
            }
        }

        foreach (var step in definition.Steps)
        {
            var (x, y) = place[step.Id];
            var now = current.Contains(step.Id);
            var lines = labels.Lines(step);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"step{(now ? " now" : "")}\"><title>{SecurityElement.Escape(string.Join(" — ", lines))}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{Width}\" height=\"{Height}\" rx=\"{(step is EndStep ? Height / 2 : 6)}\" fill=\"{(now ? "#fff3c4" : "#fff")}\" stroke=\"{(now ? "#8a5a00" : "#555")}\" stroke-width=\"{(now ? 3 : 1)}\"/>");
            for (var i = 0; i < Math.Min(2, lines.Count); i++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + Width / 2}\" y=\"{y + 19 + i * 16}\" text-anchor=\"middle\" font-size=\"{(i == 0 ? 13 : 11)}\"{(i == 0 && now ? " font-weight=\"bold\"" : "")}>{SecurityElement.Escape(Cut(lines[i]))}</text>");
            }

            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The steps row by row: each at its shortest distance from the start; steps the start does not reach last.</summary>
    internal static List<List<string>> Rows(WorkflowDefinition definition)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [definition.StartStep.Id] = 0 };
        var queue = new Queue<string>([definition.StartStep.Id]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var target in Targets(definition, definition.Step(id)!))
            {
                if (definition.Step(target) is not null && depth.TryAdd(target, depth[id] + 1))
                {
                    queue.Enqueue(target);
                }
            }
        }

        var last = depth.Count == 0 ? 0 : depth.Values.Max() + 1;
        return [.. definition.Steps.GroupBy(s => depth.TryGetValue(s.Id, out var d) ? d : last).OrderBy(g => g.Key).Select(g => g.Select(s => s.Id).ToList())];
    }

    /// <summary>
    /// Where a step leads: its edges' targets, a parallel branch's join replaced by what follows the parallel, so that the
    /// step after a parallel is reached through its branches (a row below the shortest), not straight from the parallel.
    /// </summary>
    private static IEnumerable<string> Targets(WorkflowDefinition definition, StepDefinition step)
    {
        var labels = new DiagramLabels(definition, null);
        foreach (var (_, target) in MermaidDiagram.Edges(step, labels))
        {
            if (Beyond(definition, step, target) is { } next)
            {
                yield return next;
            }
        }

        // A parallel leads on through its branches' join (above); straight to what follows it only when no branch joins.
        if (step is ParallelStep p2 && !Joined(definition, p2) && Beyond(definition, p2, p2.Next) is { } after)
        {
            yield return after;
        }
    }

    /// <summary>
    /// Where an edge from <paramref name="from"/> leads: its target, or for a join what follows the parallel whose branch
    /// it ends, outwards through parallels that themselves end in a join; null when no parallel holds the step.
    /// </summary>
    private static string? Beyond(WorkflowDefinition definition, StepDefinition from, string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (target == WorkflowDefinition.Join)
        {
            if (MermaidDiagram.JoinedParallel(definition, from) is not { } parallel || !seen.Add(parallel.Id))
            {
                return null;
            }

            (from, target) = (parallel, parallel.Next);
        }

        return target;
    }

    /// <summary>True when a step of one of the parallel's branches leads to its join.</summary>
    private static bool Joined(WorkflowDefinition definition, ParallelStep parallel) =>
        definition.Steps.Any(s => s.Targets.Contains(WorkflowDefinition.Join) && MermaidDiagram.JoinedParallel(definition, s) == parallel);

    private static string Arrow((int X, int Y) from, (int X, int Y) to, int width)
    {
        var x1 = from.X + Width / 2;
        var x2 = to.X + Width / 2;
        if (to.Y > from.Y)
        {
            return string.Create(CultureInfo.InvariantCulture, $"<path d=\"M{x1},{from.Y + Height} C{x1},{from.Y + Height + RowGap / 2} {x2},{to.Y - RowGap / 2} {x2},{to.Y}\" fill=\"none\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>");
        }

        // Back or sideways: out of the right edge, along the picture's right margin, into the target's right edge.
        var side = width - Margin;
        return string.Create(CultureInfo.InvariantCulture, $"<path d=\"M{from.X + Width},{from.Y + Height / 2} C{side},{from.Y + Height / 2} {side},{to.Y + Height / 2} {to.X + Width},{to.Y + Height / 2}\" fill=\"none\" stroke=\"#555\" stroke-dasharray=\"4 3\" marker-end=\"url(#arrow)\"/>");
    }

    private static string Cut(string text) => text.Length <= LineLength ? text : text[..(LineLength - 1)] + "…";
}
